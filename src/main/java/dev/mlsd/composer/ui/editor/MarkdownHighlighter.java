package dev.mlsd.composer.ui.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/** Keeps an editor's Markdown styling current, restyling only the paragraphs an edit touched. */
final class MarkdownHighlighter {

    private final MarkdownLineStyler styler = new MarkdownLineStyler();
    private final StyleClassedTextArea area;

    MarkdownHighlighter(StyleClassedTextArea area) {
        this.area = area;
    }

    /** Restyles the paragraphs from the change's start to the end of what it inserted. */
    void restyle(PlainTextChange change) {
        int first = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(change.getInsertionEnd(), Bias.Backward).getMajor();
        restyleParagraphs(first, last);
    }

    /** Styles every paragraph (after the whole text was set). */
    void restyleAll() {
        restyleParagraphs(0, area.getParagraphs().size() - 1);
    }

    private void restyleParagraphs(int first, int last) {
        for (int p = first; p <= last; p++) {
            String text = area.getParagraph(p).getText();
            if (!text.isEmpty()) {
                area.setStyleSpans(p, 0, spans(text));
            }
        }
    }

    StyleSpans<Collection<String>> spans(String line) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (MarkdownLineStyler.StyleRun run : styler.style(line)) {
            builder.add(run.styleClass().isEmpty() ? List.of() : List.of(run.styleClass()), run.length());
        }
        return builder.create();
    }
}

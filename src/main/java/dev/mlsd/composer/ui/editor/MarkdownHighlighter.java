package dev.mlsd.composer.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Keeps an editor's styling current, restyling only the paragraphs an edit touched: Markdown
 * per line, plus the wavy underlines of the checks' findings (marks) laid over it.
 */
final class MarkdownHighlighter {

    /** A range of the text to underline, with its style class ({@code lint-warning}, …). */
    record Mark(int start, int end, String styleClass) {
    }

    private final MarkdownLineStyler styler = new MarkdownLineStyler();
    private final StyleClassedTextArea area;
    private List<Mark> marks = List.of();

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

    /**
     * Replaces the underlines; restyles only the paragraphs the old and new marks touch, each run of
     * touched paragraphs in one change (a mark is usually there before and after, in the same place).
     */
    void setMarks(List<Mark> newMarks) {
        List<Mark> touched = new ArrayList<>(marks);
        marks = List.copyOf(newMarks);
        touched.addAll(marks);
        int length = area.getLength();
        List<int[]> ranges = new ArrayList<>();
        for (Mark mark : touched) {
            int first = area.offsetToPosition(Math.min(mark.start(), length), Bias.Forward).getMajor();
            int last = area.offsetToPosition(Math.min(mark.end(), length), Bias.Backward).getMajor();
            ranges.add(new int[] {first, last});
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] run = null;
        for (int[] range : ranges) {
            if (run != null && range[0] <= run[1] + 1) {
                run[1] = Math.max(run[1], range[1]);
                continue;
            }
            if (run != null) {
                restyleParagraphs(run[0], run[1]);
            }
            run = range;
        }
        if (run != null) {
            restyleParagraphs(run[0], run[1]);
        }
    }

    /**
     * Restyles paragraphs {@code first..last} with one change to the document: styling each paragraph
     * on its own rebuilt the document's tree once per paragraph, which for a 1 MB project allocated
     * about 950 MB when it opened (and as much for a large paste).
     */
    private void restyleParagraphs(int first, int last) {
        int from = Math.max(0, first);
        int to = Math.min(last, area.getParagraphs().size() - 1);
        if (from > to) {
            return;
        }
        int start = area.getAbsolutePosition(from, 0);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = start;
        for (int p = from; p <= to; p++) {
            if (p > from) {
                builder.add(List.of(), 1); // the line break, which carries no style
                at++;
            }
            String text = area.getParagraph(p).getText();
            if (!text.isEmpty()) {
                builder.addAll(spans(text, at));
            }
            at += text.length();
        }
        if (at > start) {
            area.setStyleSpans(start, builder.create());
        }
    }

    StyleSpans<Collection<String>> spans(String line) {
        return spans(line, -1);
    }

    private StyleSpans<Collection<String>> spans(String line, int paragraphStart) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (MarkdownLineStyler.StyleRun run : styler.style(line)) {
            builder.add(run.styleClass().isEmpty() ? List.of() : List.of(run.styleClass()), run.length());
        }
        StyleSpans<Collection<String>> markdown = builder.create();
        if (paragraphStart < 0 || marks.isEmpty()) {
            return markdown;
        }
        StyleSpans<Collection<String>> underline = underlines(line.length(), paragraphStart);
        return underline == null ? markdown : markdown.overlay(underline, (md, mark) -> {
            if (mark.isEmpty()) {
                return md;
            }
            List<String> both = new ArrayList<>(md);
            both.addAll(mark);
            return both;
        });
    }

    /** The marks inside one paragraph as spans, or null when none falls in it. */
    private StyleSpans<Collection<String>> underlines(int length, int paragraphStart) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        boolean any = false;
        for (Mark mark : marks) {
            int start = Math.max(mark.start() - paragraphStart, at);
            int end = Math.min(mark.end() - paragraphStart, length);
            if (end <= start) {
                continue;
            }
            builder.add(List.of(), start - at);
            builder.add(List.of(mark.styleClass()), end - start);
            at = end;
            any = true;
        }
        if (!any) {
            return null;
        }
        builder.add(List.of(), length - at);
        return builder.create();
    }
}

package dev.mlsd.composer.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import dev.mlsd.composer.ui.editor.MarkdownHighlighter.Mark;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The wavy underlines of the checks' findings, laid over a paragraph's Markdown styling. */
final class FindingUnderlines {

    private List<Mark> marks = List.of();

    List<Mark> marks() {
        return marks;
    }

    /** Replaces the marks (sorted by start); returns the old ones. */
    List<Mark> replace(List<Mark> newMarks) {
        List<Mark> old = marks;
        marks = List.copyOf(newMarks);
        return old;
    }

    /** The paragraph's styling with the marks that fall in it added. */
    StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> markdown, int length, int paragraphStart) {
        if (marks.isEmpty()) {
            return markdown;
        }
        StyleSpans<Collection<String>> underline = underlines(length, paragraphStart);
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

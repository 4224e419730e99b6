package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.ui.editor.MarkdownHighlighter.Mark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The wavy underlines of the checks' findings, laid over a paragraph's Markdown styling. */
final class FindingUnderlines {

    private List<Mark> marks = List.of();

    /**
     * Replaces the marks (sorted by start). Returns the runs of paragraphs, {@code [first, last]} in
     * order and apart, that the old and new marks touch, given the paragraphs each mark spans.
     */
    List<int[]> replace(List<Mark> newMarks, Function<Mark, int[]> paragraphs) {
        List<int[]> ranges = new ArrayList<>();
        marks.forEach(mark -> ranges.add(paragraphs.apply(mark)));
        marks = List.copyOf(newMarks);
        marks.forEach(mark -> ranges.add(paragraphs.apply(mark)));
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> runs = new ArrayList<>();
        for (int[] range : ranges) {
            int[] run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && range[0] <= run[1] + 1) {
                run[1] = Math.max(run[1], range[1]);
            } else {
                runs.add(range.clone());
            }
        }
        return runs;
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

package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.ui.editor.MarkdownLineStyler.BlockStyle;
import dev.mlsd.composer.ui.editor.MarkdownLineStyler.StyleRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Keeps an editor's styling current, restyling only the Markdown blocks an edit touched, plus the
 * wavy underlines of the checks' findings (marks) laid over it; the spelling underlines already
 * shown stay (see {@link SpellingUnderlines#keep}).
 */
final class MarkdownHighlighter {

    /** A range of the text to underline, with its style class ({@code lint-warning}, …). */
    record Mark(int start, int end, String styleClass) {
    }

    /**
     * Not a look: marks the lines after which a fenced code block goes on, so that the next edit
     * knows where the blocks around it begin without reading the document from its start.
     */
    static final String FENCE_CONTINUES = "md-fence-continues";

    /** Lines read on each side of an edit inside a piece of Markdown too long to read whole per keystroke. */
    static final int WINDOW_LINES = 50;

    /** Of those, the lines restyled on each side (an emphasis may span a few lines). */
    static final int REACH_LINES = 10;

    private final MarkdownLineStyler styler = new MarkdownLineStyler();
    private final FindingUnderlines underlines = new FindingUnderlines();
    private final StyleClassedTextArea area;
    private final MarkdownBlocks blocks;
    /** The edit being restyled for ({@code [from, to)} of the new text), or -1: its word loses its spelling underline. */
    private int editFrom = -1;
    private int editTo = -1;

    MarkdownHighlighter(StyleClassedTextArea area) {
        this.area = area;
        this.blocks = new MarkdownBlocks(new MarkdownBlocks.Lines() {
            @Override
            public int count() {
                return area.getParagraphs().size();
            }

            @Override
            public String text(int line) {
                return area.getParagraph(line).getText();
            }

            @Override
            public boolean fenceContinues(int line) {
                int length = area.getParagraph(line).length();
                return length > 0 && area.getParagraph(line).getStyleOfChar(length - 1).contains(FENCE_CONTINUES);
            }
        });
    }

    /** Restyles the blocks around the change's start and the end of what it inserted. */
    void restyle(PlainTextChange change) {
        int first = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(change.getInsertionEnd(), Bias.Backward).getMajor();
        editFrom = change.getPosition();
        editTo = change.getInsertionEnd();
        try {
            if (FenceBodyEdit.isInside(area, blocks, change, first, last)) {
                apply(first, last, FenceBodyEdit.style(area, first, last));
            } else {
                restyleParagraphs(first, last);
            }
        } finally {
            editFrom = -1;
            editTo = -1;
        }
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
        int length = area.getLength();
        for (int[] run : underlines.replace(newMarks, mark -> new int[] {
                area.offsetToPosition(Math.min(mark.start(), length), Bias.Forward).getMajor(),
                area.offsetToPosition(Math.min(mark.end(), length), Bias.Backward).getMajor()})) {
            restyleParagraphs(run[0], run[1]);
        }
    }

    /**
     * Restyles the Markdown blocks around paragraphs {@code first..last}. A fenced code block left open
     * at their end (or one that ended below before the edit and no longer does) makes the lines below
     * code too (or no longer): the range then grows, doubling, until the fences agree.
     */
    private void restyleParagraphs(int first, int last) {
        int count = area.getParagraphs().size();
        int from = Math.max(0, first);
        int to = Math.min(last, count - 1);
        if (from > to) {
            return;
        }
        int start = blocks.start(from);
        int end = blocks.end(to);
        if (end - start > to - from + 2 * WINDOW_LINES && restyleInWindow(start, end, from, to)) {
            return;
        }
        BlockStyle styled = styler.styleBlock(texts(start, end));
        while (end < count - 1 && (styled.fenceOpenAtEnd() || blocks.fenceOpenAfter(end))) {
            end = blocks.end(Math.min(count - 1, end + (end - start + 1)));
            styled = styler.styleBlock(texts(start, end));
        }
        apply(start, end, styled);
    }

    /**
     * Restyles the lines around paragraphs {@code from..to} of a long piece without a fence (a
     * paragraph of thousands of single line breaks, a long table) from a window of lines around them:
     * no inline construct reaches that far. Returns false, having done nothing, where a fence is or
     * was, since a fence does.
     */
    private boolean restyleInWindow(int start, int end, int from, int to) {
        int windowStart = Math.max(start, from - WINDOW_LINES);
        int windowEnd = Math.min(end, to + WINDOW_LINES);
        if (blocks.fenceOpenAfter(to) || blocks.fenceOpenAfter(windowEnd)) {
            return false;
        }
        BlockStyle styled = styler.styleBlock(texts(windowStart, windowEnd));
        if (!styled.fenceContinues().isEmpty() || styled.fenceOpenAtEnd()) {
            return false;
        }
        int first = Math.max(start, from - REACH_LINES);
        int last = Math.min(end, to + REACH_LINES);
        int a = first - windowStart;
        int b = last - windowStart + 1;
        apply(first, last, new BlockStyle(styled.lines().subList(a, b), styled.fenceContinues().get(a, b), false));
        return true;
    }

    private List<String> texts(int first, int last) {
        List<String> texts = new ArrayList<>(last - first + 1);
        for (int p = first; p <= last; p++) {
            texts.add(area.getParagraph(p).getText());
        }
        return texts;
    }

    /**
     * Sets the styles of paragraphs {@code first..last} with one change to the document: styling each
     * paragraph on its own rebuilt the document's tree once per paragraph, which for a 1 MB project
     * allocated about 950 MB when it opened (and as much for a large paste).
     */
    private void apply(int first, int last, BlockStyle styled) {
        int start = area.getAbsolutePosition(first, 0);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = start;
        for (int p = first; p <= last; p++) {
            if (p > first) {
                builder.add(List.of(), 1); // the line break, which carries no style
                at++;
            }
            List<StyleRun> runs = styled.lines().get(p - first);
            if (!runs.isEmpty()) {
                StyleSpansBuilder<Collection<String>> line = new StyleSpansBuilder<>();
                boolean fence = styled.fenceContinues().get(p - first);
                int length = 0;
                for (StyleRun run : runs) {
                    line.add(classes(run.styleClass(), fence), run.length());
                    length += run.length();
                }
                builder.addAll(underlines.overlay(line.create(), length, at));
                at += length;
            }
        }
        if (at > start) {
            area.setStyleSpans(start, SpellingUnderlines.keep(area, start, builder.create(), editFrom, editTo));
        }
    }

    private static Collection<String> classes(String styleClass, boolean fenceContinues) {
        if (fenceContinues) {
            return styleClass.isEmpty() ? List.of(FENCE_CONTINUES) : List.of(styleClass, FENCE_CONTINUES);
        }
        return styleClass.isEmpty() ? List.of() : List.of(styleClass);
    }
}

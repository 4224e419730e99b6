package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.ui.editor.MarkdownLineStyler.BlockStyle;
import dev.mlsd.composer.ui.editor.MarkdownLineStyler.StyleRun;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * Typing inside a fenced code block: its lines stay code, and parsing the block again (which, while
 * the fence is still open, runs to the end of the document) would cost each keystroke that much.
 * Only an edit that makes or unmakes a fence line can change the block, so any other edit inside a
 * fence that starts at the line's first column is styled as code at once.
 */
final class FenceBodyEdit {

    private FenceBodyEdit() {
    }

    /** Whether paragraphs {@code first..last}, which the change touched, are and stay inside a fence's body. */
    static boolean isInside(StyleClassedTextArea area, MarkdownBlocks blocks, PlainTextChange change, int first, int last) {
        if (first == 0 || !blocks.fenceOpenAfter(first - 1)) {
            return false;
        }
        int above = first - 1;
        while (area.getParagraph(above).getText().isBlank()) {
            above--;
        }
        if (!area.getParagraph(above).getStyleOfChar(0).contains("md-fence")) {
            return false; // a fence inside a list item or a quote: its container decides
        }
        String after = area.getText(first, 0, last, area.getParagraph(last).length());
        int at = change.getPosition() - area.getAbsolutePosition(first, 0);
        String before = after.substring(0, at) + change.getRemoved() + after.substring(at + change.getInserted().length());
        return !mayBeFence(after) && !mayBeFence(before);
    }

    /** Paragraphs {@code first..last} as code of a fence that goes on after each of them. */
    static BlockStyle style(StyleClassedTextArea area, int first, int last) {
        List<List<StyleRun>> lines = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            int length = area.getParagraph(p).length();
            lines.add(length == 0 ? List.of() : List.of(new StyleRun(length, "md-fence")));
        }
        BitSet continues = new BitSet();
        continues.set(0, lines.size());
        return new BlockStyle(lines, continues, true);
    }

    private static boolean mayBeFence(String text) {
        return text.contains("```") || text.contains("~~~");
    }
}

package dev.mlsd.composer.ui.editor;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/**
 * Paints a parsed block of lines from its nodes' source spans. A node is painted before its
 * children, so the innermost emphasis wins; headings, quotes, code and links are painted whole
 * and their insides left alone, as the line scanner before did.
 */
final class SpanPainter {

    private final StyleCanvas canvas;
    private final List<String> lines;
    /** Lines after which a fenced code block goes on (its opening line and its body). */
    private final BitSet fenceContinues = new BitSet();
    private boolean fenceOpenAtEnd;

    SpanPainter(StyleCanvas canvas, List<String> lines) {
        this.canvas = canvas;
        this.lines = lines;
    }

    /** Walks the tree without recursion: deeply nested emphasis must not overflow the stack. */
    void paint(Node document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (paintNode(node)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
    }

    BitSet fenceContinues() {
        return fenceContinues;
    }

    /** Whether a fenced code block is still open at the last line: the lines after it are code too. */
    boolean fenceOpenAtEnd() {
        return fenceOpenAtEnd;
    }

    /** Paints one node; returns whether its children are to be painted too. */
    private boolean paintNode(Node node) {
        if (node instanceof Heading) {
            paintSpans(node, StyleCanvas.HEADING);
        } else if (node instanceof BlockQuote) {
            paintSpans(node, StyleCanvas.QUOTE);
        } else if (node instanceof FencedCodeBlock fence) {
            paintSpans(node, StyleCanvas.FENCE);
            noteFence(fence);
        } else if (node instanceof IndentedCodeBlock) {
            paintSpans(node, StyleCanvas.FENCE);
        } else if (node instanceof Code) {
            paintSpans(node, StyleCanvas.CODE);
        } else if (node instanceof Link || node instanceof Image || node instanceof LinkReferenceDefinition) {
            paintSpans(node, StyleCanvas.LINK);
        } else if (node instanceof StrongEmphasis) {
            paintSpans(node, StyleCanvas.BOLD);
            return true;
        } else if (node instanceof Emphasis) {
            paintSpans(node, StyleCanvas.ITALIC);
            return true;
        } else if (node instanceof ListItem) {
            paintListMarker(node);
            return true;
        } else if (node instanceof TableBlock) {
            paintPipes(node);
            return true;
        } else {
            return true;
        }
        return false;
    }

    private void paintSpans(Node node, byte code) {
        for (SourceSpan span : node.getSourceSpans()) {
            canvas.paint(span.getLineIndex(), span.getColumnIndex(), span.getColumnIndex() + span.getLength(), code);
        }
    }

    /** The bullet, or the number and its delimiter, at the start of the item's first line. */
    private void paintListMarker(Node item) {
        List<SourceSpan> spans = item.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        String line = lines.get(first.getLineIndex());
        int end = Math.min(line.length(), first.getColumnIndex() + first.getLength());
        int start = first.getColumnIndex();
        while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int marker = start;
        while (marker < end && line.charAt(marker) >= '0' && line.charAt(marker) <= '9') {
            marker++;
        }
        canvas.paint(first.getLineIndex(), start, Math.min(end, marker + 1), StyleCanvas.LIST);
    }

    /** The table's unescaped pipes, in its rows and in its delimiter row (which is no node of its own). */
    private void paintPipes(Node table) {
        for (SourceSpan span : table.getSourceSpans()) {
            String line = lines.get(span.getLineIndex());
            int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
            for (int k = span.getColumnIndex(); k < end; k++) {
                if (line.charAt(k) == '\\') {
                    k++;
                } else if (line.charAt(k) == '|') {
                    canvas.paint(span.getLineIndex(), k, k + 1, StyleCanvas.TABLE);
                }
            }
        }
    }

    private void noteFence(FencedCodeBlock fence) {
        List<SourceSpan> spans = fence.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int open = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        boolean closed = fence.getClosingFenceLength() != null;
        fenceContinues.set(open, closed ? last : last + 1);
        if (!closed && last >= lastNonEmptyLine()) {
            fenceOpenAtEnd = true;
        }
    }

    private int lastNonEmptyLine() {
        int line = lines.size() - 1;
        while (line > 0 && lines.get(line).isEmpty()) {
            line--;
        }
        return line;
    }
}

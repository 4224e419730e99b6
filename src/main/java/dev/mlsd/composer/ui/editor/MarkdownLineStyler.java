package dev.mlsd.composer.ui.editor;

import java.util.BitSet;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown highlighting of a block of lines, read from the source spans of commonmark-java's
 * nodes (with GFM tables, as the importer reads Markdown); {@code {{placeholders}}} are ours.
 * The caller passes the Markdown block(s) around an edit, not the whole document.
 *
 * <p>Never throws, whatever the input (lone surrogates included). Instances hold no state that
 * changes and may be shared.
 */
public final class MarkdownLineStyler {

    /**
     * Lines longer than this are left plain, as text editors do with very long lines: the parser is
     * not linear on some adversarial inputs of that size.
     */
    static final int MAX_STYLED_LINE = 10_000;

    /** A run of {@code length} UTF-16 units with one style class ("" for plain text). */
    public record StyleRun(int length, String styleClass) {
    }

    /**
     * The styling of a block of lines: runs per line, the lines after which a fenced code block goes
     * on, and whether one is still open after the last line (so the lines below are code too).
     */
    public record BlockStyle(List<List<StyleRun>> lines, BitSet fenceContinues, boolean fenceOpenAtEnd) {
    }

    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create()))
            .build();

    /**
     * Runs covering the whole line, in order; adjacent runs never share a style class; an empty line gives
     * an empty list. A {@code null} line is treated as empty.
     */
    public List<StyleRun> style(String line) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        return styleBlock(List.of(line)).lines().get(0);
    }

    /** Styles the lines as one piece of Markdown; none of them may contain a line break. */
    public BlockStyle styleBlock(List<String> lines) {
        StyleCanvas canvas = new StyleCanvas(lines);
        SpanPainter painter = new SpanPainter(canvas, lines);
        painter.paint(parse(source(lines)));
        PlaceholderPainter.paint(canvas, lines);
        return new BlockStyle(canvas.runs(), painter.fenceContinues(), painter.fenceOpenAtEnd());
    }

    /**
     * The lines joined for the parser, each character in its place: a carriage return (a line break
     * to CommonMark, not to the editor) becomes a space, and an overlong line becomes letters.
     */
    private static String source(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                text.append('\n');
            }
            if (line.length() > MAX_STYLED_LINE) {
                text.append("x".repeat(line.length()));
            } else {
                text.append(line.replace('\r', ' '));
            }
        }
        return text.toString();
    }

    /**
     * The parser recurses per level of nesting; a block nested thousands deep is left plain rather
     * than taking the editor down with it.
     */
    private Node parse(String text) {
        try {
            return parser.parse(text);
        } catch (StackOverflowError tooDeep) {
            return new Document();
        }
    }
}

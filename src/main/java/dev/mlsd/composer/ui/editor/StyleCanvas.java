package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.ui.editor.MarkdownLineStyler.StyleRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One style code per character of a block of lines, painted over by whatever is found later (so
 * inner nodes, painted after their parents, win), then read back as runs per line.
 */
final class StyleCanvas {

    static final byte PLAIN = 0;
    static final byte HEADING = 1;
    static final byte QUOTE = 2;
    static final byte FENCE = 3;
    static final byte LIST = 4;
    static final byte TABLE = 5;
    static final byte BOLD = 6;
    static final byte ITALIC = 7;
    static final byte CODE = 8;
    static final byte LINK = 9;
    static final byte PLACEHOLDER = 10;

    /** Indexed by the codes above; the classes of {@code css/app.css}. */
    private static final List<String> CLASSES = List.of("", "md-heading", "md-quote", "md-fence", "md-list",
            "md-table", "md-bold", "md-italic", "md-code", "md-link", "md-placeholder");

    private final byte[][] codes;

    StyleCanvas(List<String> lines) {
        codes = new byte[lines.size()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = new byte[lines.get(i).length()];
        }
    }

    int lineCount() {
        return codes.length;
    }

    /** Paints {@code [from, to)} of a line; parts outside the line are ignored. */
    void paint(int line, int from, int to, byte code) {
        if (line < 0 || line >= codes.length) {
            return;
        }
        byte[] row = codes[line];
        for (int k = Math.max(0, from); k < Math.min(to, row.length); k++) {
            row[k] = code;
        }
    }

    byte code(int line, int column) {
        return codes[line][column];
    }

    /** Runs covering each line, in order; adjacent runs never share a class; an empty line has none. */
    List<List<StyleRun>> runs() {
        List<List<StyleRun>> lines = new ArrayList<>(codes.length);
        for (byte[] row : codes) {
            lines.add(runs(row));
        }
        return lines;
    }

    private static List<StyleRun> runs(byte[] row) {
        if (row.length == 0) {
            return List.of();
        }
        List<StyleRun> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= row.length; k++) {
            if (k == row.length || row[k] != row[start]) {
                runs.add(new StyleRun(k - start, CLASSES.get(row[start])));
                start = k;
            }
        }
        return Collections.unmodifiableList(runs);
    }
}

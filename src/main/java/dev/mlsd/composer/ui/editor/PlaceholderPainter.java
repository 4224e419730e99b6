package dev.mlsd.composer.ui.editor;

import java.util.List;

/**
 * Paints {@code {{ name }}} placeholders as the template parser reads them: {@code \{{} is a literal
 * "{{", a failed "{{" is plain. CommonMark knows nothing of them, so this part stays ours; a
 * placeholder is painted only over plain or emphasized text (not in code, links or headings).
 */
final class PlaceholderPainter {

    private PlaceholderPainter() {
    }

    static void paint(StyleCanvas canvas, List<String> lines) {
        for (int line = 0; line < lines.size(); line++) {
            String text = lines.get(line);
            if (text.indexOf("{{") >= 0) {
                paintLine(canvas, line, text);
            }
        }
    }

    private static void paintLine(StyleCanvas canvas, int line, String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = skipEscape(text, i);
            } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
                int end = placeholderEnd(text, i);
                if (end < 0) {
                    i += 2;
                    continue;
                }
                if (onTextOnly(canvas, line, i, end)) {
                    canvas.paint(line, i, end, StyleCanvas.PLACEHOLDER);
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Past a backslash escape: {@code \{{} as a whole, {@code \} + ASCII punctuation, or the lone backslash. */
    private static int skipEscape(String text, int i) {
        if (text.startsWith("{{", i + 1)) {
            return i + 3;
        }
        return i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1)) ? i + 2 : i + 1;
    }

    /** The end of the placeholder starting at {@code i}, or -1 if "{{" starts none. */
    private static int placeholderEnd(String text, int i) {
        int n = text.length();
        int j = skipBlanks(text, i + 2);
        if (j >= n || !isIdStart(text.charAt(j))) {
            return -1;
        }
        j++;
        while (j < n && isIdPart(text.charAt(j))) {
            j++;
        }
        j = skipBlanks(text, j);
        return text.startsWith("}}", j) ? j + 2 : -1;
    }

    private static boolean onTextOnly(StyleCanvas canvas, int line, int from, int to) {
        for (int k = from; k < to; k++) {
            byte code = canvas.code(line, k);
            if (code != StyleCanvas.PLAIN && code != StyleCanvas.BOLD && code != StyleCanvas.ITALIC) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(String text, int j) {
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    private static boolean isIdStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isIdPart(char c) {
        return isIdStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}

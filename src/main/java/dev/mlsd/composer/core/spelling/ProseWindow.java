package dev.mlsd.composer.core.spelling;

/**
 * The piece of a Markdown text around a range that can be read on its own for {@link SkippedRanges}:
 * it begins after a blank line (or at the text's start) outside any fenced code block and ends at a
 * blank line, so a code span, a fence or an indented block that the range is part of is whole in it.
 * Lets an edit be re-checked without parsing the whole text again.
 */
public record ProseWindow(int start, int end) {

    /** How far a window reaches beyond the range on each side when no blank line comes sooner. */
    static final int MAX_REACH = 16 * 1024;

    /** The window around {@code [from, to)} of {@code text}. */
    public static ProseWindow around(String text, int from, int to) {
        int start = lineStart(text, Math.max(0, Math.min(from, text.length())));
        int limit = Math.max(0, start - MAX_REACH);
        while (start > limit && !previousLineBlank(text, start)) {
            start = lineStart(text, start - 1);
        }
        int fence = openFenceAt(text, start);
        if (fence >= 0) {
            start = fence;
        }
        int end = lineEnd(text, Math.max(start, Math.min(to, text.length())));
        int endLimit = Math.min(text.length(), end + MAX_REACH);
        while (end < endLimit && !blankLineAt(text, end + 1)) {
            end = lineEnd(text, end + 1);
        }
        return new ProseWindow(start, end);
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** Where the fenced block open at {@code offset} (a line start) began, or -1 if none is. */
    private static int openFenceAt(String text, int offset) {
        int open = -1;
        char fenceChar = 0;
        int fenceLength = 0;
        for (int line = 0; line < offset; line = lineEnd(text, line) + 1) {
            int i = line;
            while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= offset || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
                continue;
            }
            char c = text.charAt(i);
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == c) {
                run++;
            }
            if (run < 3) {
                continue;
            }
            if (open < 0) {
                open = line;
                fenceChar = c;
                fenceLength = run;
            } else if (c == fenceChar && run >= fenceLength && text.substring(i + run, lineEnd(text, i)).isBlank()) {
                open = -1;
            }
        }
        return open;
    }

    private static int lineStart(String text, int offset) {
        return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean previousLineBlank(String text, int lineStart) {
        return lineStart == 0 || text.substring(lineStart(text, lineStart - 1), lineStart - 1).isBlank();
    }

    private static boolean blankLineAt(String text, int offset) {
        return offset >= text.length() || text.substring(offset, lineEnd(text, offset)).isBlank();
    }
}

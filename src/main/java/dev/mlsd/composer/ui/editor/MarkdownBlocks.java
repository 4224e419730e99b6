package dev.mlsd.composer.ui.editor;

/**
 * Where the Markdown around an edit begins and ends, so that a keystroke parses a few lines, not the
 * document. A piece starts at a line that is not indented as code, after a blank line, or at an ATX
 * heading or a list item at the left margin (they end whatever paragraph is above them), unless a
 * fenced code block goes on above it: what comes before such a line cannot change how it reads
 * (link reference definitions elsewhere aside), while an indented line may belong to the list item
 * above. Whether a fence goes on after a line is what the last styling of that line says.
 */
final class MarkdownBlocks {

    /** The editor's lines as they are now, with what their last styling said about fences. */
    interface Lines {
        int count();

        String text(int line);

        /** Whether, when the line was last styled, a fenced code block went on after it. */
        boolean fenceContinues(int line);
    }

    private final Lines lines;

    MarkdownBlocks(Lines lines) {
        this.lines = lines;
    }

    /** The first line of the piece that holds {@code line}. */
    int start(int line) {
        int p = line;
        while (p > 0 && !startsPiece(p)) {
            p--;
        }
        return p;
    }

    /** The last line of the piece that holds {@code line}, leaving out its trailing empty lines. */
    int end(int line) {
        int q = line;
        int last = lines.count() - 1;
        while (q < last && !startsPiece(q + 1)) {
            q++;
        }
        while (q > line && lines.text(q).isEmpty()) {
            q--;
        }
        return q;
    }

    /** Whether, as last styled, a fenced code block went on after {@code line} (blank lines looked through). */
    boolean fenceOpenAfter(int line) {
        int r = line;
        while (r >= 0 && lines.text(r).isBlank()) {
            r--;
        }
        return r >= 0 && lines.fenceContinues(r);
    }

    private boolean startsPiece(int p) {
        if (p == 0) {
            return true;
        }
        String text = lines.text(p);
        if (text.isBlank() || indent(text) >= 4) {
            return false;
        }
        String above = lines.text(p - 1);
        boolean after = above.isBlank() || isHeading(text) || isBulletItem(text)
                || (isOrderedItem(text) && (isBulletItem(above) || isOrderedItem(above)));
        return after && !fenceOpenAfter(p - 1);
    }

    private static boolean isHeading(String text) {
        int hashes = 0;
        while (hashes < text.length() && text.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (hashes == text.length() || text.charAt(hashes) == ' ' || text.charAt(hashes) == '\t');
    }

    /** A bullet item with content at the left margin: it may interrupt a paragraph, so it starts afresh. */
    private static boolean isBulletItem(String text) {
        return text.length() > 2 && "-*+".indexOf(text.charAt(0)) >= 0 && (text.charAt(1) == ' ' || text.charAt(1) == '\t')
                && !text.substring(2).isBlank();
    }

    /**
     * A numbered item at the left margin; only below another item does it surely start one (under a
     * paragraph, "2. x" is more of the paragraph).
     */
    private static boolean isOrderedItem(String text) {
        int digits = 0;
        while (digits < text.length() && digits < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        return digits >= 1 && digits <= 9 && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && (text.charAt(digits + 1) == ' ' || text.charAt(digits + 1) == '\t');
    }

    /** Columns of leading white space, a tab reaching the next multiple of 4 (stops counting at 4). */
    private static int indent(String text) {
        int columns = 0;
        for (int k = 0; k < text.length() && columns < 4; k++) {
            char c = text.charAt(k);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }
}

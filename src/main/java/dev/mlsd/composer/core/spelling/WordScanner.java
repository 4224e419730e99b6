package dev.mlsd.composer.core.spelling;

/**
 * Finds the words of a text: runs of letters and digits, joined by inner hyphens, apostrophes,
 * underscores and dots ("какой-то", "don't", "user_id", "e.g"), so that such a token is checked,
 * or skipped, as one.
 */
final class WordScanner {

    /** Receives each word's range. */
    interface Sink {
        void word(int start, int end);
    }

    private WordScanner() {
    }

    /** Every word that overlaps {@code [from, to)}, whole even where it crosses the range's ends. */
    static void scan(CharSequence text, int from, int to, Sink sink) {
        int i = Math.max(0, from);
        while (i > 0 && (isWordChar(text.charAt(i - 1)) || isJoinerAt(text, i - 1))) {
            i--;
        }
        int limit = Math.min(to, text.length());
        while (i < limit) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i)) || isJoinerAt(text, i))) {
                i++;
            }
            sink.word(start, i);
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoinerAt(CharSequence text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '-' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '_' || c == '.';
        return joiner && i > 0 && i + 1 < text.length() && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }
}

package dev.mlsd.composer.ui.action;

import java.util.Locale;

/**
 * How well a typed query matches a text as a subsequence (the letters in order, not necessarily
 * together), as command palettes match: letters in a row and letters that begin words count most,
 * gaps and a late start count against. "sav" matches "Save" better than "Select all of the view".
 */
public final class FuzzyMatch {

    /** The score of a text the query does not match. */
    public static final int NONE = Integer.MIN_VALUE;

    private static final int PER_LETTER = 1;
    private static final int IN_A_ROW = 6;
    private static final int WORD_START = 8;
    private static final int TEXT_START = 10;

    private FuzzyMatch() {
    }

    /** The score of {@code text} for {@code query} (higher is better; {@link #NONE} when it does not match). */
    public static int score(String query, String text) {
        String q = query.replace(" ", "").toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return 0;
        }
        int best = NONE;
        // Each place the first letter occurs may start the best match ("save" in "Autosave, save").
        for (int start = t.indexOf(q.charAt(0)); start >= 0; start = t.indexOf(q.charAt(0), start + 1)) {
            best = Math.max(best, scoreFrom(q, t, start));
        }
        return best;
    }

    private static int scoreFrom(String q, String t, int start) {
        int score = start == 0 ? TEXT_START : -Math.min(start, 20) / 2;
        int previous = -2;
        int at = start;
        for (int i = 0; i < q.length(); i++, at++) {
            at = t.indexOf(q.charAt(i), at);
            if (at < 0) {
                return NONE;
            }
            score += PER_LETTER;
            if (at == previous + 1) {
                score += IN_A_ROW;
            } else if (previous >= 0) {
                score -= Math.min(at - previous - 1, 10);
            }
            if (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))) {
                score += WORD_START;
            }
            previous = at;
        }
        return score - t.length() / 10;
    }
}

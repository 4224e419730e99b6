package dev.mlsd.composer.core.importer;

/**
 * How unlikely a text is as real writing, counted in signs of mojibake; 0 for ordinary Russian, Ukrainian, English
 * and Western European text, emoji, code, Markdown and math.
 */
public final class MojibakeBadness {

    private MojibakeBadness() {
    }

    /**
     * The badness of {@code text} (0 for null or empty). The score adds:
     * <ul>
     * <li>2 for each C1 control (U+0080–U+009F), U+FFFD, private-use character (U+F8FF is MacRoman's byte 0xF0, the
     * Apple logo) and unassigned code point outside the emoji planes;
     * <li>1 for each pair of adjacent non-space characters that both come from the upper halves of the code pages
     * (Latin-1 letters and signs, Cyrillic letters, typographic punctuation, MacRoman's math signs) and do not belong
     * together: letters of different scripts ("Рµ"), a lowercase letter followed by an uppercase one ("ёР", but not
     * "кВт"), a letter next to a sign other than natural punctuation ("С‚", "√©"), an opening mark right after a
     * letter or a closing mark right before one ("Р°Р", "Р»Р"), two signs other than quotes and dashes ("–∞"), and
     * "Ã", "Â", "Ð", "Ñ", "Å", "Î", "Ï", "â", "ð" followed by any such character but a capital À–Þ ("Ã©", "ÃŸ");
     * "‚Ä", MacRoman's reading of the bytes that start ’ “ ” – — …, counts 2 ({@link AdjacentPair});
     * <li>1 for each dash, ellipsis or soft hyphen squeezed between two such letters, unless both letters are Cyrillic
     * or Greek (a dash) or of the same script (a soft hyphen): "ü—Ä" counts, "Москва—Петербург" does not;
     * <li>1 for each box-drawing or block character next to a non-ASCII letter ("╨┐╤Ç");
     * <li>1 for each combining mark without a fitting base: a Latin diacritic (U+0300–U+036F) after anything but a
     * Latin, Greek or Cyrillic letter, a mark of a script after a letter of another script;
     * <li>1 for each word (maximal run of letters) that mixes scripts, such as Latin and Cyrillic ("GrГјГџe"); Latin
     * with Greek ("Δt") or with CJK ("Javaの") is ordinary.
     * </ul>
     */
    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int score = 0;
        int length = text.length();
        int prev = -1;
        int cur = text.codePointAt(0);
        int index = 0;
        Word word = new Word();
        while (cur >= 0) {
            int nextIndex = index + Character.charCount(cur);
            int next = nextIndex < length ? text.codePointAt(nextIndex) : -1;
            if (Character.isLetter(cur)) {
                word.add(LetterGroup.of(cur));
            } else if (!LetterGroup.isMark(cur)) {
                score += word.end();
            }
            if (cur >= 0x80) {
                if (isImpossible(cur)) {
                    score += 2;
                } else if (isBoxDrawing(cur) && (isNonAsciiLetter(prev) || isNonAsciiLetter(next))) {
                    score++;
                } else if (LetterGroup.isMark(cur) && !fitsBase(cur, prev)) {
                    score++;
                }
                if (next >= 0 && CodePage.isCandidateChar(cur) && CodePage.isCandidateChar(next)) {
                    int afterNext = -1;
                    int afterNextIndex = nextIndex + Character.charCount(next);
                    if (afterNextIndex < length) {
                        afterNext = text.codePointAt(afterNextIndex);
                    }
                    score += AdjacentPair.score(prev, cur, next, afterNext);
                }
                if (AdjacentPair.isInner(cur) && CodePage.isCandidateLetter(prev) && CodePage.isCandidateLetter(next)) {
                    score += AdjacentPair.squeezed(cur, prev, next);
                }
            }
            prev = cur;
            cur = next;
            index = nextIndex;
        }
        return score + word.end();
    }

    /** The scripts of the word being read: a word of two scripts is odd, unless it is Latin with Greek or CJK. */
    private static final class Word {
        private int first = LetterGroup.NONE;
        private boolean mixed;

        void add(int group) {
            if (group == LetterGroup.NONE || group == first) {
                return;
            }
            if (first == LetterGroup.NONE) {
                first = group;
            } else if (!ordinaryMix(first, group)) {
                mixed = true;
            }
        }

        /** "Δt", "2πr", "Javaの", "API를": Latin mixes with Greek (math) and CJK. */
        private static boolean ordinaryMix(int a, int b) {
            int other = a == LetterGroup.LATIN ? b : b == LetterGroup.LATIN ? a : LetterGroup.NONE;
            return other == LetterGroup.GREEK || other == LetterGroup.CJK;
        }

        /** 1 when the word that just ended mixed scripts; starts the next word. */
        int end() {
            int result = mixed ? 1 : 0;
            first = LetterGroup.NONE;
            mixed = false;
            return result;
        }
    }

    /** C1 controls, U+FFFD, private use and unassigned code points (outside the emoji planes, which grow yearly). */
    private static boolean isImpossible(int c) {
        if ((c >= 0x80 && c <= 0x9F) || c == 0xFFFD) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (type == Character.UNASSIGNED && (c < 0x1F000 || c > 0x1FFFF));
    }

    /**
     * Whether the combining mark {@code mark} may follow {@code base}: any mark may follow another mark; a Latin
     * diacritic (U+0300–U+036F) follows a Latin, Greek or Cyrillic letter, another inherited mark any letter, a mark of
     * a script a letter of that script. Variation selectors and the keycap may follow anything (emoji).
     */
    private static boolean fitsBase(int mark, int base) {
        if ((mark >= 0xFE00 && mark <= 0xFE0F) || (mark >= 0xE0100 && mark <= 0xE01EF) || mark == 0x20E3) {
            return true;
        }
        if (base < 0) {
            return false;
        }
        if (LetterGroup.isMark(base)) {
            return true;
        }
        if (!Character.isLetter(base)) {
            return false;
        }
        if (mark >= 0x300 && mark <= 0x36F) {
            int g = LetterGroup.of(base);
            return g == LetterGroup.LATIN || g == LetterGroup.GREEK || g == LetterGroup.CYRILLIC;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(mark);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.of(base);
    }

    private static boolean isNonAsciiLetter(int c) {
        return c >= 0x80 && Character.isLetter(c);
    }

    private static boolean isBoxDrawing(int c) {
        return (c >= 0x2500 && c <= 0x259F) || c == '■' || c == '∙' || c == '⌠' || c == '⌡';
    }
}

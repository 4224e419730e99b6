package dev.mlsd.composer.core.importer;

/**
 * Whether two adjacent characters from the code pages' upper halves belong together in real writing,
 * and whether a dash, ellipsis or soft hyphen between two letters does: the part of
 * {@link MojibakeBadness} that looks at neighbours.
 */
final class AdjacentPair {

    /** Uppercase Latin-1 letters that are the first character of most windows-1252 / ISO-8859-1 mojibake. */
    private static final String LATIN1_LEADS = "ÂÃÅÐÑÎÏâð";
    /** Lowercase unit prefixes before an uppercase Cyrillic unit: "кВт", "мВ", "мА", "кДж". */
    private static final String UNIT_PREFIXES = "км";
    /** Punctuation that may stand right before a letter ("«Привет", "—да", "№п", "°C"). */
    private static final String OPENERS = "«„‚“‘‹¿¡–—…№°•\u00AD";
    /** Punctuation that may stand right after a letter ("Привет»", "м²", "да…"). */
    private static final String CLOSERS = "»“”’‘›…–—¹²³\u00AD";
    /** Signs that may follow a lowercase letter ("Яндекс®"). */
    private static final String AFTER_LOWERCASE = "™®©";
    /** Punctuation that may stand next to each other ("…»", "—«"). */
    private static final String QUOTES_AND_DASHES = "«»„“”‘’‚‹›–—…¿¡";
    /** Punctuation that is odd between two letters unless they belong together (dashes, ellipsis, soft hyphen). */
    private static final String INNER = "–—…\u00AD";

    private AdjacentPair() {
    }

    /**
     * The score of the adjacent pair {@code a b}; {@code before} and {@code after} are the characters around the pair,
     * or -1.
     */
    static int score(int before, int a, int b, int after) {
        if (LATIN1_LEADS.indexOf(a) >= 0) {
            // what follows a lead in windows-1252 / ISO-8859-1 mojibake is a continuation byte 0x80-0xBF, never one of
            // the capitals À-Þ (0xC0-0xDE): "ÅÄ" is Swedish, "Ã©" is not French
            return b >= 'À' && b <= 'Þ' ? 0 : 1;
        }
        if (a == '‚' && b == 'Ä') {
            return 2; // MacRoman's reading of E2 80, the start of ’ “ ” – — … € •
        }
        if (a == '·' || b == '·') {
            // a multiplication dot between lowercase letters: "кВт·ч", "Н·м"
            return Character.isLowerCase(a) || Character.isLowerCase(b) ? 0 : 1;
        }
        boolean letterA = Character.isLetter(a);
        boolean letterB = Character.isLetter(b);
        if (letterA && letterB) {
            boolean otherScript = LetterGroup.of(a) != LetterGroup.of(b) || LetterGroup.of(a) == LetterGroup.NONE;
            boolean caseFlip = Character.isLowerCase(a) && Character.isUpperCase(b)
                    && !(UNIT_PREFIXES.indexOf(a) >= 0 && LetterGroup.of(b) == LetterGroup.CYRILLIC); // "кВт", "мА"
            return otherScript || caseFlip ? 1 : 0;
        }
        if (letterA) {
            boolean closing = CLOSERS.indexOf(b) >= 0 || (AFTER_LOWERCASE.indexOf(b) >= 0 && Character.isLowerCase(a));
            // a closing mark squeezed between letters ("Р»Р") does not close anything; dashes and apostrophes are
            // judged as squeezed characters instead
            boolean squeezed = after >= 0 && Character.isLetter(after) && INNER.indexOf(b) < 0 && b != '’' && b != '‘';
            return closing && !squeezed ? 0 : 1;
        }
        if (letterB) {
            if (a == '’') {
                // an apostrophe inside a word: "д’Артаньян", "qu’à"
                return before >= 0 && Character.isLetter(before) && LetterGroup.of(before) == LetterGroup.of(b) ? 0 : 1;
            }
            // an opening mark opens after a space or another sign, not right after a letter ("Р°Р", "Р«Р")
            boolean opening = OPENERS.indexOf(a) >= 0
                    && (INNER.indexOf(a) >= 0 || before < 0 || !Character.isLetter(before));
            return opening ? 0 : 1;
        }
        return QUOTES_AND_DASHES.indexOf(a) >= 0 && QUOTES_AND_DASHES.indexOf(b) >= 0 ? 0 : 1;
    }

    /** Whether {@code c} is a dash, ellipsis or soft hyphen, which {@link #squeezed} judges between letters. */
    static boolean isInner(int c) {
        return INNER.indexOf(c) >= 0;
    }

    /** The score of the dash, ellipsis or soft hyphen {@code c} between the letters {@code before} and {@code after}. */
    static int squeezed(int c, int before, int after) {
        int g = LetterGroup.of(before);
        boolean sameScript = g != LetterGroup.NONE && g == LetterGroup.of(after);
        if (c == '\u00AD') {
            return sameScript ? 0 : 1;
        }
        if (c == '–' || c == '—') {
            return sameScript && (g == LetterGroup.CYRILLIC || g == LetterGroup.GREEK) ? 0 : 1;
        }
        return 1;
    }
}

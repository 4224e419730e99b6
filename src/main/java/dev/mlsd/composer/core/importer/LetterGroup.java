package dev.mlsd.composer.core.importer;

/**
 * The script a letter counts as when judging whether neighbouring letters belong together: Latin,
 * Cyrillic, Greek, CJK (Han, kana and Hangul together), one group per other script, or none.
 */
final class LetterGroup {

    static final int NONE = 0;
    static final int LATIN = 1;
    static final int CYRILLIC = 2;
    static final int GREEK = 3;
    static final int CJK = 4;
    private static final int OTHER = 5;

    private LetterGroup() {
    }

    static int of(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case LATIN:
                return LATIN;
            case CYRILLIC:
                return CYRILLIC;
            case GREEK:
                return GREEK;
            case HAN:
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
                return CJK;
            case COMMON:
            case INHERITED:
            case UNKNOWN:
                return NONE;
            default:
                return OTHER + script.ordinal();
        }
    }

    /** Combining marks of every kind (non-spacing, spacing, enclosing). */
    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

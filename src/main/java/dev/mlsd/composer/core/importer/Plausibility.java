package dev.mlsd.composer.core.importer;

/** How plausible a text is as a document, to compare readings of the same bytes in different code pages. */
final class Plausibility {

    /** Penalty per point of {@link MojibakeBadness} and per mixed-script word. */
    private static final double PENALTY = 4.0;

    private static final String RUSSIAN_TIER_4 = "оеаинтсрвл";
    private static final String RUSSIAN_TIER_3 = "кмдпуяыьгзбч";
    private static final String RUSSIAN_TIER_2 = "йхжшюцщэф";
    private static final String UKRAINIAN = "іїєґ";
    private static final String PUNCTUATION = "«»—–…“”„‘’№°•€\u00A0";
    private static final String MATH = "≤≥±×÷≈≠";

    private Plausibility() {
    }

    /**
     * The plausibility of {@code text}. Each non-ASCII character earns points for being common in real writing (ASCII
     * is the same in every reading and earns nothing):
     * <ul>
     * <li>Russian lowercase letters by frequency: 4 for о е а и н т с р в л, 3 for к м д п у я ы ь г з б ч, 2 for
     * й х ж ш ю ц щ э ф, 1 for ъ ё; any uppercase Cyrillic letter 1 (real text is mostly lowercase, so a reading that
     * swaps the case, as KOI8-R and windows-1251 do to each other, loses); Ukrainian і ї є ґ 2;
     * <li>Latin-1 letters 2 lowercase, 1 uppercase; Greek, Hebrew, Arabic, Thai and other letters 1; CJK ideographs,
     * kana and Hangul 3 (they take two bytes);
     * <li>typographic punctuation (« » — – … “ ” „ ‘ ’ № ° • € NBSP) 2; math signs ≤ ≥ ± × ÷ ≈ ≠ 1.5 (a lone "≥" in
     * KOI8-R is byte 0x99, which IBM866 reads as "Щ");
     * <li>C1 controls and U+FFFD −6.
     * </ul>
     * From the sum it subtracts 4 per point of {@link MojibakeBadness#of(String)} and 4 per word that mixes
     * letters of two scripts (other than CJK with Latin).
     */
    static double of(String text) {
        double score = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) {
                score += weight(c);
            }
        }
        return score - PENALTY * (MojibakeBadness.of(text) + mixedScriptWords(text));
    }

    /** CJK ideographs, kana (but not the half-width forms) and Hangul. */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.HANGUL
                || (script == Character.UnicodeScript.KATAKANA && (c < 0xFF61 || c > 0xFF9F));
    }

    private static double weight(int c) {
        if (c <= 0x9F || c == 0xFFFD) {
            return -6;
        }
        if (c < 0x10000) {
            char ch = (char) c;
            if (RUSSIAN_TIER_4.indexOf(ch) >= 0) {
                return 4;
            }
            if (RUSSIAN_TIER_3.indexOf(ch) >= 0) {
                return 3;
            }
            if (RUSSIAN_TIER_2.indexOf(ch) >= 0 || UKRAINIAN.indexOf(ch) >= 0) {
                return 2;
            }
            if (PUNCTUATION.indexOf(ch) >= 0) {
                return 2;
            }
            if (MATH.indexOf(ch) >= 0) {
                return 1.5;
            }
        }
        if (!Character.isLetter(c)) {
            return 0;
        }
        if (isCjk(c)) {
            return 3;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.CYRILLIC) {
            return Character.isUpperCase(c) || c == 'ё' || c == 'ъ' ? 1 : 0;
        }
        if (script == Character.UnicodeScript.LATIN && c <= 0xFF) {
            return Character.isLowerCase(c) ? 2 : 1;
        }
        return 1;
    }

    /** Words (maximal runs of letters and marks) with letters of two scripts, CJK with Latin excepted. */
    private static int mixedScriptWords(String text) {
        int words = 0;
        Character.UnicodeScript first = null;
        boolean mixed = false;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(c) : 1;
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = scriptGroup(c);
                if (script != Character.UnicodeScript.COMMON) {
                    if (first == null) {
                        first = script;
                    } else if (first != script && !cjkWithLatin(first, script)) {
                        mixed = true;
                    }
                }
            } else if (!mark) {
                words += mixed ? 1 : 0;
                first = null;
                mixed = false;
            }
        }
        return words;
    }

    private static Character.UnicodeScript scriptGroup(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case HIRAGANA:
            case KATAKANA:
                return Character.UnicodeScript.HAN;
            case INHERITED:
            case UNKNOWN:
                return Character.UnicodeScript.COMMON;
            default:
                return script;
        }
    }

    private static boolean cjkWithLatin(Character.UnicodeScript a, Character.UnicodeScript b) {
        boolean aCjk = a == Character.UnicodeScript.HAN || a == Character.UnicodeScript.HANGUL;
        boolean bCjk = b == Character.UnicodeScript.HAN || b == Character.UnicodeScript.HANGUL;
        return (aCjk && (bCjk || b == Character.UnicodeScript.LATIN)) || (bCjk && a == Character.UnicodeScript.LATIN);
    }
}

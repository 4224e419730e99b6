package dev.mlsd.composer.core.spelling;

/**
 * Words that are not checked at all: numbers and words with digits, identifiers and abbreviations
 * with dots or underscores, abbreviations (two capitals or more: ROC-AUC, APIs, NVMe), camelCase
 * names and single letters.
 */
final class WordRules {

    private WordRules() {
    }

    /**
     * Whether {@code word} (one token of {@link WordScanner}) is left alone. The letter rules hold
     * for every part of a hyphenated word: ROC-AUC is an abbreviation, ML-модель is checked.
     */
    static boolean skipped(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.') {
                return true;
            }
        }
        for (String part : word.split("[-\u2011]")) {
            if (!skippedPart(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean skippedPart(String part) {
        int letters = 0;
        int upper = 0;
        boolean innerCapital = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    innerCapital |= i > 0 && Character.isLowerCase(part.charAt(i - 1));
                }
            }
        }
        return letters < 2 || upper >= 2 || innerCapital;
    }
}

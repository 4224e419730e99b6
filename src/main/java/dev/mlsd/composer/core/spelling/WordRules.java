package dev.mlsd.composer.core.spelling;

/**
 * Words that are not checked at all: numbers and words with digits, identifiers and abbreviations
 * with dots or underscores, abbreviations (two capitals or more: ROC-AUC, APIs, NVMe), camelCase
 * names and single letters.
 */
final class WordRules {

    private WordRules() {
    }

    /** Whether {@code word} (one token of {@link WordScanner}) is left alone. */
    static boolean skipped(String word) {
        int letters = 0;
        int upper = 0;
        boolean innerCapital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.') {
                return true;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    innerCapital |= i > 0 && Character.isLowerCase(word.charAt(i - 1));
                }
            }
        }
        return letters < 2 || upper >= 2 || innerCapital;
    }
}

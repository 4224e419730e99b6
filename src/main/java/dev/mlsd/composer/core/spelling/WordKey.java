package dev.mlsd.composer.core.spelling;

import java.util.Locale;

/** The form under which the user's words are compared: lower case, ё as е, typographic apostrophe as plain. */
final class WordKey {

    private WordKey() {
    }

    static String of(String word) {
        return YoNormalizer.normalize(word.strip().toLowerCase(Locale.ROOT)).replace('\u2019', '\'');
    }
}

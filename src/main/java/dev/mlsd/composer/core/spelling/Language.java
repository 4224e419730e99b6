package dev.mlsd.composer.core.spelling;

/** A language the spell-checker knows, told apart by the script a word is written in. */
public enum Language {
    RU("ru_RU"),
    EN("en_US");

    private final String dictionary;

    Language(String dictionary) {
        this.dictionary = dictionary;
    }

    /** The base name of the Hunspell files under {@code /spelling/}. */
    String dictionary() {
        return dictionary;
    }

    /** The language of a word by the script of its letters; null when it mixes Cyrillic and Latin or has neither. */
    public static Language of(CharSequence word) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            latin |= script == Character.UnicodeScript.LATIN;
        }
        if (cyrillic == latin) {
            return null;
        }
        return cyrillic ? RU : EN;
    }
}

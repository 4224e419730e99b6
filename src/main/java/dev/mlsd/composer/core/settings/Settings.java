package dev.mlsd.composer.core.settings;

/** What the app remembers between runs: the UI language ({@code "en"}, {@code "ru"}, or null to follow the system). */
public record Settings(String language) {

    public static Settings defaults() {
        return new Settings(null);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage);
    }
}

package dev.mlsd.composer.core.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: the UI language ({@code "en"}, {@code "ru"}, or null to
 * follow the system), the window's place and size (null until the window was first closed or
 * moved), the recently used project files, newest first, the meter, and the text size of the
 * editors and the preview (clamped to {@link #MIN_FONT_SIZE}..{@link #MAX_FONT_SIZE}), the theme, where the
 * split panes' dividers are, and whether the editors' spelling is checked as the user types.
 */
public record Settings(String language, WindowBounds window, List<Path> recentFiles, TokenMeter tokenMeter, int fontSize,
                       Theme theme, Splits splits, boolean spellCheck) {

    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 32;
    public static final int DEFAULT_FONT_SIZE = 13;

    /** How many recent files are kept. */
    public static final int MAX_RECENT = 10;

    /** The look: light, dark, or whatever the system prefers ({@code "theme"} in the file; absent means system). */
    public enum Theme {
        LIGHT, DARK, SYSTEM;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The theme named {@code id}; {@link #SYSTEM} for null or a name this version does not know. */
        public static Theme of(String id) {
            for (Theme t : values()) {
                if (t.id().equals(id)) {
                    return t;
                }
            }
            return SYSTEM;
        }
    }

    /** The window's position and size on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** The context-window meter: the window size, the room kept for the answer, and the encoding counted. */
    public record TokenMeter(int contextWindow, int answerRoom, String encoding) {
        public static TokenMeter defaults() {
            return new TokenMeter(128_000, 4_096, "o200k_base");
        }
    }

    /**
     * The split panes' divider positions, as fractions of their width or height: editors | preview and
     * checks, and preview over checks. Kept within {@link #MIN_SPLIT}..{@link #MAX_SPLIT} so no pane
     * can be lost behind a divider; a value that is not a number is the default.
     */
    public record Splits(double editors, double preview) {
        public static final double MIN_SPLIT = 0.1;
        public static final double MAX_SPLIT = 0.9;

        public Splits {
            editors = clamp(editors, 0.5);
            preview = clamp(preview, 0.74);
        }

        public static Splits defaults() {
            return new Splits(Double.NaN, Double.NaN);
        }

        private static double clamp(double position, double otherwise) {
            return Double.isFinite(position) ? Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, position)) : otherwise;
        }
    }

    public Settings(String language, WindowBounds window, List<Path> recentFiles, TokenMeter tokenMeter, int fontSize, Theme theme) {
        this(language, window, recentFiles, tokenMeter, fontSize, theme, null, true);
    }

    public Settings(String language, WindowBounds window, List<Path> recentFiles, TokenMeter tokenMeter, int fontSize, Theme theme,
                    Splits splits) {
        this(language, window, recentFiles, tokenMeter, fontSize, theme, splits, true);
    }

    public Settings(String language, WindowBounds window, List<Path> recentFiles, TokenMeter tokenMeter, int fontSize, Theme theme,
                    boolean spellCheck) {
        this(language, window, recentFiles, tokenMeter, fontSize, theme, null, spellCheck);
    }

    public Settings {
        recentFiles = List.copyOf(recentFiles);
        tokenMeter = tokenMeter == null ? TokenMeter.defaults() : tokenMeter;
        fontSize = clampFontSize(fontSize);
        theme = theme == null ? Theme.SYSTEM : theme;
        splits = splits == null ? Splits.defaults() : splits;
    }

    public Settings(String language, WindowBounds window, List<Path> recentFiles, TokenMeter tokenMeter) {
        this(language, window, recentFiles, tokenMeter, DEFAULT_FONT_SIZE, Theme.SYSTEM);
    }

    public Settings(String language, WindowBounds window, List<Path> recentFiles) {
        this(language, window, recentFiles, null);
    }

    public static Settings defaults() {
        return new Settings(null, null, List.of(), null, DEFAULT_FONT_SIZE, Theme.SYSTEM);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, window, recentFiles, tokenMeter, fontSize, theme, splits, spellCheck);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(language, bounds, recentFiles, tokenMeter, fontSize, theme, splits, spellCheck);
    }

    public Settings withTokenMeter(TokenMeter meter) {
        return new Settings(language, window, recentFiles, meter, fontSize, theme, splits, spellCheck);
    }

    /** {@code file} moved to the top of the recent files. */
    public Settings withRecent(Path file) {
        List<Path> recent = new ArrayList<>();
        Path normal = file.toAbsolutePath().normalize();
        recent.add(normal);
        recentFiles.stream().filter(p -> !p.equals(normal)).limit(MAX_RECENT - 1).forEach(recent::add);
        return new Settings(language, window, recent, tokenMeter, fontSize, theme, splits, spellCheck);
    }

    public Settings withoutRecent(List<Path> gone) {
        return new Settings(language, window, recentFiles.stream().filter(p -> !gone.contains(p)).toList(), tokenMeter, fontSize, theme, splits, spellCheck);
    }

    public Settings withFontSize(int size) {
        return new Settings(language, window, recentFiles, tokenMeter, size, theme, splits, spellCheck);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, window, recentFiles, tokenMeter, fontSize, newTheme, splits, spellCheck);
    }

    public Settings withSpellCheck(boolean on) {
        return new Settings(language, window, recentFiles, tokenMeter, fontSize, theme, splits, on);
    }

    public Settings withSplits(Splits newSplits) {
        return new Settings(language, window, recentFiles, tokenMeter, fontSize, theme, newSplits, spellCheck);
    }

    /** {@code size} brought into {@link #MIN_FONT_SIZE}..{@link #MAX_FONT_SIZE}. */
    public static int clampFontSize(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }
}

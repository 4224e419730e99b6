package dev.mlsd.composer.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark: JavaFX 21 has no API for it, so this asks the desktop the way
 * its own settings tools do (GNOME/GTK, KDE, Windows, macOS). Slow (it runs programs): call it
 * off the FX thread (the UI asks through its background thread). Anything that cannot be asked or answered counts as light.
 */
public final class SystemColorScheme {

    private static final long WAIT_SECONDS = 2;

    private final Path home;
    private final String os;
    private final Function<List<String>, String> programs;

    public SystemColorScheme(Path home, String os) {
        this(home, os, SystemColorScheme::output);
    }

    /** With {@code programs} answering for the desktop's tools (the Windows and macOS ones are not on this machine). */
    SystemColorScheme(Path home, String os, Function<List<String>, String> programs) {
        this.home = home;
        this.os = os.toLowerCase(Locale.ROOT);
        this.programs = programs;
    }

    /** For the machine this runs on. */
    public static SystemColorScheme ofThisMachine() {
        return new SystemColorScheme(Path.of(System.getProperty("user.home", ".")), System.getProperty("os.name", ""));
    }

    public boolean prefersDark() {
        if (os.contains("win")) {
            // AppsUseLightTheme REG_DWORD 0x0 means dark.
            String out = run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme");
            return out.replaceAll("\\s+", " ").contains("REG_DWORD 0x0");
        }
        if (os.contains("mac")) {
            return run("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
        }
        String scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (scheme.contains("dark")) {
            return true;
        }
        if (scheme.contains("light")) {
            return false;
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme").toLowerCase(Locale.ROOT).contains("dark")
                || kdeSchemeIsDark();
    }

    private boolean kdeSchemeIsDark() {
        Path kdeglobals = home.resolve(".config/kdeglobals");
        try {
            List<String> lines = Files.readAllLines(kdeglobals, StandardCharsets.UTF_8);
            return lines.stream().map(String::trim).filter(l -> l.startsWith("ColorScheme="))
                    .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("dark"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The program's output, or "" when it is missing, fails or takes too long. */
    private String run(String... command) {
        return programs.apply(List.of(command));
    }

    static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                byte[] out = in.readNBytes(4096);
                if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "";
                }
                return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

package dev.mlsd.composer.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the desktop's answers are read; the programs' outputs are the real tools' formats. */
class SystemColorSchemeTest {

    @TempDir
    Path home;

    private SystemColorScheme scheme(String os, Map<String, String> answers) {
        return new SystemColorScheme(home, os, command -> answers.getOrDefault(String.join(" ", command), ""));
    }

    @Test
    void gnomeColorSchemeDecidesAndGtkThemeNameIsTheFallback() {
        assertThat(scheme("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n")).prefersDark())
                .isTrue();
        assertThat(scheme("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-light'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n")).prefersDark()).isFalse();
        assertThat(scheme("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n")).prefersDark()).isTrue();
        assertThat(scheme("Linux", Map.of()).prefersDark()).isFalse();
    }

    @Test
    void kdeColorSchemeIsReadFromKdeglobals() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeDark\nName=Breeze\n");
        assertThat(scheme("Linux", Map.of()).prefersDark()).isTrue();
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeLight\n");
        assertThat(scheme("Linux", Map.of()).prefersDark()).isFalse();
    }

    @Test
    void windowsAndMacAnswersAreRead() {
        String reg = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        assertThat(scheme("Windows 11", Map.of(reg, "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n"))
                .prefersDark()).isTrue();
        assertThat(scheme("Windows 11", Map.of(reg, "    AppsUseLightTheme    REG_DWORD    0x1\r\n")).prefersDark()).isFalse();
        assertThat(scheme("Mac OS X", Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark()).isTrue();
        assertThat(scheme("Mac OS X", Map.of()).prefersDark()).isFalse();
    }

    @Test
    void aMissingOrFailingProgramAnswersNothing() {
        assertThat(SystemColorScheme.output(List.of("no-such-program-mlsd-composer"))).isEmpty();
        assertThat(SystemColorScheme.output(List.of("sh", "-c", "echo dark; exit 3"))).isEmpty();
        assertThat(SystemColorScheme.output(List.of("sh", "-c", "echo dark"))).isEqualTo("dark\n");
    }
}

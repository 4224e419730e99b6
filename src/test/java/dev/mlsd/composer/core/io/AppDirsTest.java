package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static Properties props(String os, String... pairs) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", "/home/u");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void linuxFollowsXdgWithDefaults() {
        AppDirs defaults = AppDirs.from(Map.of(), props("Linux"));
        assertThat(defaults.config()).isEqualTo(Path.of("/home/u/.config/mlsd-composer"));
        assertThat(defaults.state()).isEqualTo(Path.of("/home/u/.local/state/mlsd-composer"));
        AppDirs xdg = AppDirs.from(Map.of("XDG_CONFIG_HOME", "/c", "XDG_STATE_HOME", "/s"), props("Linux"));
        assertThat(xdg.config()).isEqualTo(Path.of("/c/mlsd-composer"));
        assertThat(xdg.state()).isEqualTo(Path.of("/s/mlsd-composer"));
        assertThat(AppDirs.from(Map.of("XDG_CONFIG_HOME", "relative"), props("Linux")).config())
                .isEqualTo(Path.of("/home/u/.config/mlsd-composer"));
    }

    @Test
    void macAndWindowsUseTheirOwnPlaces() {
        assertThat(AppDirs.from(Map.of(), props("Mac OS X")).config())
                .isEqualTo(Path.of("/home/u/Library/Application Support/mlsd-composer"));
        assertThat(AppDirs.from(Map.of("APPDATA", "/appdata"), props("Windows 11")).state())
                .isEqualTo(Path.of("/appdata/mlsd-composer"));
    }

    @Test
    void systemPropertiesOverrideBoth() {
        AppDirs dirs = AppDirs.from(Map.of("XDG_CONFIG_HOME", "/c"), props("Linux", "mlsd.configDir", "/tmp/cfg", "mlsd.stateDir", "/tmp/st"));
        assertThat(dirs.config()).isEqualTo(Path.of("/tmp/cfg"));
        assertThat(dirs.state()).isEqualTo(Path.of("/tmp/st"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/tmp/st/logs"));
    }
}

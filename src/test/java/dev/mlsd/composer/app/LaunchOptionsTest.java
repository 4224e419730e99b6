package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsAFileAndTheStartupProbeInAnyOrder() {
        assertThat(LaunchOptions.parse(List.of())).isEqualTo(new LaunchOptions(null, false));
        assertThat(LaunchOptions.parse(List.of("a.mlsd"))).isEqualTo(new LaunchOptions(Path.of("a.mlsd"), false));
        assertThat(LaunchOptions.parse(List.of("--measure-startup", "a.mlsd"))).isEqualTo(new LaunchOptions(Path.of("a.mlsd"), true));
        assertThat(LaunchOptions.parse(List.of("a.mlsd", "--measure-startup"))).isEqualTo(new LaunchOptions(Path.of("a.mlsd"), true));
    }

    @Test
    void refusesUnknownOptionsAndASecondFile() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--fast"))).hasMessage("Unknown option: '--fast' (see --help)");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("a.mlsd", "b.mlsd"))).hasMessageContaining("only one project FILE");
    }
}

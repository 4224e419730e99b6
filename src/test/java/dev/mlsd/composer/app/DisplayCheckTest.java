package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayOrWaylandSaysSoAndNamesTheHeadlessCommands() {
        assertThat(new DisplayCheck("Linux", Map.of("HOME", "/root"), null).problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("no display", "DISPLAY", "render", "import", "templates").doesNotContain("\n"));
        assertThat(new DisplayCheck("Linux", Map.of("DISPLAY", " "), null).problem()).as("blank is unset").isPresent();
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemNeedsNoCheck() {
        assertThat(new DisplayCheck("Linux", Map.of("DISPLAY", ":0"), null).problem()).isEmpty();
        assertThat(new DisplayCheck("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).problem()).isEmpty();
        assertThat(new DisplayCheck("Linux", Map.of(), "Monocle").problem()).isEmpty();
        assertThat(new DisplayCheck("Windows 11", Map.of(), null).problem()).isEmpty();
        assertThat(new DisplayCheck("Mac OS X", Map.of(), null).problem()).isEmpty();
    }
}

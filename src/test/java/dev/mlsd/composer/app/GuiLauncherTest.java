package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class GuiLauncherTest {

    private final Logger javafx = Logger.getLogger("javafx");

    @Test
    void quietsJavaFxWarningsOnlyWhileTheToolkitStarts() {
        Level before = javafx.getLevel();
        boolean[] warningsDuring = {true};
        GuiLauncher.withoutClassPathWarning(() -> warningsDuring[0] = javafx.isLoggable(Level.WARNING));
        assertThat(warningsDuring[0]).isFalse();
        assertThat(javafx.getLevel()).isEqualTo(before);
        assertThat(javafx.isLoggable(Level.WARNING)).as("CSS and other JavaFX warnings reach the log again").isTrue();
    }

    @Test
    void restoresTheLevelWhenStartingFails() {
        javafx.setLevel(Level.INFO);
        try {
            assertThatThrownBy(() -> GuiLauncher.withoutClassPathWarning(() -> {
                throw new IllegalStateException("toolkit");
            })).hasMessage("toolkit");
            assertThat(javafx.getLevel()).isEqualTo(Level.INFO);
        } finally {
            javafx.setLevel(null);
        }
    }
}

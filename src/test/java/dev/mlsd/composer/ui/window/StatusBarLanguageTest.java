package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar follows the UI language at once, the checks' summary included. */
@ExtendWith(ApplicationExtension.class)
class StatusBarLanguageTest {

    @TempDir
    static Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private Label label(String styleClass) {
        return (Label) app.window.stage().getScene().lookup(styleClass);
    }

    @Test
    void theChecksSummaryIsInTheNewLanguageWithoutWaitingForTheNextCheckRun(FxRobot robot) {
        waitUntil(() -> label(".status-checks").getText().startsWith("Checks:"));
        // The switch and the read happen in one turn of the FX thread: no check run can end in between.
        String[] after = onFx(() -> {
            app.window.actions().family("view.language").runAt(1);
            return new String[] {label(".status-checks").getText(), label(".status-counts").getText()};
        });
        assertThat(after[0]).startsWith("Проверки:");
        assertThat(after[1]).doesNotContainPattern("[A-Za-z]");
    }
}

package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The split panes' dividers: where the user drags them is where the next window has them; a bad setting is clamped. */
@ExtendWith(ApplicationExtension.class)
class SplitPositionsTest {

    @TempDir
    Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        // TestFX keeps one stage for all tests, at the size an earlier test left it; this test needs room for the default positions.
        stage.setWidth(1280);
        stage.setHeight(800);
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private static double position(WindowHarness window, String split) {
        return onFx(() -> ((SplitPane) window.window.stage().getScene().lookup("." + split)).getDividers().get(0).getPosition());
    }

    private static Node divider(WindowHarness window, String split) {
        // The pane's own divider, not one of a pane nested inside it.
        return onFx(() -> ((SplitPane) window.window.stage().getScene().lookup("." + split)).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow());
    }

    @Test
    void draggedDividersAreRememberedAndTheNextWindowHasThem(FxRobot robot) throws Exception {
        assertThat(position(app, "main-split")).isCloseTo(0.5, within(0.01));
        assertThat(position(app, "preview-split")).isCloseTo(0.74, within(0.01));
        assertThat(onFx(() -> app.window.settings().get().splits())).as("showing the window moves nothing")
                .isEqualTo(Settings.Splits.defaults());
        robot.interact(() -> app.window.stage().setHeight(450));
        assertThat(onFx(() -> app.window.settings().get().splits())).as("a layout that moves a divider is not a choice to remember")
                .isEqualTo(Settings.Splits.defaults());
        robot.interact(() -> app.window.stage().setHeight(800));

        robot.moveTo(divider(app, "main-split")).press(MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        robot.moveTo(divider(app, "preview-split")).press(MouseButton.PRIMARY).moveBy(0, -75).moveBy(0, -75).release(MouseButton.PRIMARY);
        double editors = position(app, "main-split");
        double preview = position(app, "preview-split");
        assertThat(editors).isLessThan(0.45);
        assertThat(preview).isLessThan(0.7);
        waitUntil(() -> app.settings.load().splits().equals(new Settings.Splits(editors, preview)));
        assertThat(Files.readString(app.settings.file())).contains("\"splits\"");

        WindowHarness next = onFx(() -> new WindowHarness(new Stage(), config, Locale.ENGLISH));
        assertThat(position(next, "main-split")).isCloseTo(editors, within(0.005));
        assertThat(position(next, "preview-split")).isCloseTo(preview, within(0.005));
        robot.interact(() -> next.window.stage().close());
    }

    @Test
    void aBadPositionInTheSettingsIsClampedSoNoPaneIsLost(FxRobot robot) throws Exception {
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"splits\": {\"editors\": 1.7, \"preview\": \"half\"}}");
        WindowHarness next = onFx(() -> new WindowHarness(new Stage(), config, Locale.ENGLISH));
        assertThat(position(next, "main-split")).isCloseTo(Settings.Splits.MAX_SPLIT, within(0.01));
        assertThat(position(next, "preview-split")).isCloseTo(0.74, within(0.01));
        robot.interact(() -> next.window.stage().close());
    }
}

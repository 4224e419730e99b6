package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View → Theme restyles every pane at once, is remembered, and a file that says dark starts dark. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    @TempDir
    static Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(dir.resolve("config/settings.json"));
        app = new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH);
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        // The user agent stylesheet is the whole JavaFX runtime's, and another window may have set it: through dark back
        // to light, so this window's choice is applied again whatever it was.
        robot.interact(() -> app.window.actions().family("view.theme").runAt(Settings.Theme.DARK.ordinal()));
        robot.interact(() -> app.window.actions().family("view.theme").runAt(Settings.Theme.LIGHT.ordinal()));
    }

    private static Color background(Scene scene, String selector) {
        Region region = (Region) scene.lookup(selector);
        region.applyCss();
        Paint fill = region.getBackground().getFills().get(0).getFill();
        return (Color) fill;
    }

    /** The backgrounds of the preview, every section editor, the status bar and the checks' list. */
    private static List<Color> panes(WindowHarness window) {
        return onFx(() -> {
            Scene scene = window.window.stage().getScene();
            List<Color> colours = new ArrayList<>();
            colours.add(background(scene, ".preview-area"));
            for (var editor : window.window.editors()) {
                Node area = editor.area();
                area.applyCss();
                colours.add((Color) ((Region) area).getBackground().getFills().get(0).getFill());
            }
            colours.add(background(scene, ".status-bar"));
            colours.add(background(scene, ".main-window"));
            return colours;
        });
    }

    /** The colour of the editors' and the preview's text. */
    private static List<Color> textColours(WindowHarness window) {
        return onFx(() -> {
            List<Node> areas = new ArrayList<>();
            window.window.editors().forEach(e -> areas.add(e.area()));
            areas.add(window.window.stage().getScene().lookup(".preview-area"));
            List<Color> colours = new ArrayList<>();
            for (Node area : areas) {
                area.applyCss();
                area.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance).findFirst()
                        .ifPresent(t -> colours.add((Color) ((javafx.scene.text.Text) t).getFill()));
            }
            return colours;
        });
    }

    private static boolean allDark(List<Color> colours) {
        return colours.stream().allMatch(c -> c.getBrightness() < 0.3);
    }

    private static boolean allLight(List<Color> colours) {
        return colours.stream().allMatch(c -> c.getBrightness() > 0.8);
    }

    @Test
    void choosingDarkRestylesEveryPaneAndIsRememberedAndLightBringsItBack(FxRobot robot) {
        robot.interact(() -> app.window.editors().get(0).area().replaceText("Some words"));
        waitUntil(() -> allLight(panes(app)) && textColours(app).size() > 1
                && textColours(app).stream().allMatch(c -> c.getBrightness() < 0.5));
        app.choose("theme-dark");
        waitUntil(() -> allDark(panes(app)) && textColours(app).stream().allMatch(c -> c.getBrightness() > 0.5));
        assertThat(onFx(() -> app.window.settings().get().theme())).isEqualTo(Settings.Theme.DARK);
        waitUntil(() -> app.settings.load().theme() == Settings.Theme.DARK);

        app.choose("theme-light");
        waitUntil(() -> allLight(panes(app)));
        waitUntil(() -> app.settings.load().theme() == Settings.Theme.LIGHT);
    }

    @Test
    void aSettingsFileThatSaysDarkIsDarkBeforeTheWindowFirstShows(FxRobot robot) throws Exception {
        Path config = Files.createDirectories(dir.resolve("dark-config"));
        Files.writeString(config.resolve("settings.json"), "{\"theme\": \"dark\"}");
        // Read in the same turn of the FX thread that made the window: no later restyling could have happened.
        List<Color> first = onFx(() -> {
            WindowHarness next = new WindowHarness(new Stage(), config, Locale.ENGLISH);
            List<Color> colours = panes(next);
            next.window.stage().close();
            return colours;
        });
        assertThat(allDark(first)).as(first.toString()).isTrue();
    }
}

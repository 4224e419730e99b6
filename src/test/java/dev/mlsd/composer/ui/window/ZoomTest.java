package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+=, Ctrl+-, Ctrl+0: the text of every editor and of the preview together, remembered for the next window. */
@ExtendWith(ApplicationExtension.class)
class ZoomTest {

    @TempDir
    static Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(dir.resolve("config/settings.json"));
        app = new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH);
    }

    /** The font sizes of the text shown in every section editor and in the preview, one per area. */
    private static List<Double> sizes(WindowHarness window) {
        return onFx(() -> {
            List<Node> areas = new ArrayList<>();
            window.window.editors().forEach(e -> areas.add(e.area()));
            areas.add(window.window.stage().getScene().lookup(".preview-area"));
            List<Double> sizes = new ArrayList<>();
            for (Node area : areas) {
                area.applyCss();
                sizes.add(textSize((Parent) area));
            }
            return sizes;
        });
    }

    private static double textSize(Parent area) {
        return area.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getFont().getSize())
                .findFirst().orElseThrow(() -> new AssertionError("no text in " + area));
    }

    private static boolean allAre(WindowHarness window, double size) {
        List<Double> sizes = sizes(window);
        return sizes.size() > 1 && sizes.stream().allMatch(s -> s == size);
    }

    private String statusMessage() {
        return onFx(() -> ((Label) app.window.stage().getScene().lookup(".status-message")).getText());
    }

    @Test
    void keysChangeEveryEditorAndThePreviewTogetherAndTheNextWindowStartsWithTheSize(FxRobot robot) throws Exception {
        robot.interact(() -> app.window.editors().get(0).area().replaceText("Some words to show"));
        waitUntil(() -> allAre(app, 13));
        robot.clickOn(app.window.editors().get(0).area());

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> allAre(app, 15));
        assertThat(statusMessage()).isEqualTo("Text size: 15 pt");
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        waitUntil(() -> allAre(app, 16));
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> allAre(app, 15));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> allAre(app, 13));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> allAre(app, 15));
        waitUntil(() -> app.settings.load().fontSize() == 15);
        assertThat(Files.readString(app.settings.file())).contains("\"fontSize\" : 15");

        WindowHarness next = onFx(() -> new WindowHarness(new Stage(), dir.resolve("config"), Locale.ENGLISH));
        waitUntil(() -> allAre(next, 15));
        robot.interact(() -> next.window.stage().close());
    }

    /** A wheel turn over {@code target} as the window would deliver it (Monocle's robot wheel carries no modifier keys). */
    private static void wheel(Node target, boolean ctrl, double deltaY) {
        Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, 5, 5, 5, 5, false, ctrl, false, false, false, false, 0, deltaY, 0,
                deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, deltaY / 40, 0, null));
    }

    @Test
    void ctrlWheelOverAnEditorOrThePreviewZoomsAndAPlainWheelDoesNot(FxRobot robot) {
        Node preview = onFx(() -> app.window.stage().getScene().lookup(".preview-area"));
        Node editor = onFx(() -> app.window.editors().get(1).area());
        robot.interact(() -> wheel(preview, false, 40));
        assertThat(onFx(() -> app.window.settings().get().fontSize())).isEqualTo(13);
        robot.interact(() -> wheel(preview, true, 40));
        robot.interact(() -> wheel(editor, true, 40));
        waitUntil(() -> allAre(app, 15));
        robot.interact(() -> wheel(editor, true, -40));
        waitUntil(() -> allAre(app, 14));
    }

    @Test
    void theSizeStopsAtItsBoundsAndABadSettingIsClampedNotACrash(FxRobot robot) throws Exception {
        for (int i = 0; i < 30; i++) {
            robot.interact(() -> app.window.actions().action("view.zoomIn").run());
        }
        waitUntil(() -> allAre(app, 32));
        for (int i = 0; i < 40; i++) {
            robot.interact(() -> app.window.actions().action("view.zoomOut").run());
        }
        waitUntil(() -> allAre(app, 8));
        waitUntil(() -> app.settings.load().fontSize() == 8);

        Files.writeString(app.settings.file(), "{\"fontSize\": 400}");
        assertThat(app.settings.load().fontSize()).isEqualTo(32);
        Files.writeString(app.settings.file(), "{\"fontSize\": \"big\"}");
        assertThat(app.settings.load().fontSize()).isEqualTo(13);
        Files.writeString(app.settings.file(), "{\"fontSize\": -3.5}");
        assertThat(app.settings.load().fontSize()).isEqualTo(8);
    }
}

package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.OutsideChangeChoice;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Another program changes the open project's file. */
@ExtendWith(ApplicationExtension.class)
class OutsideChangeTest {

    @TempDir
    static Path config;

    @TempDir
    Path dir;

    private WindowHarness app;
    private Path file;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private void openProject(FxRobot robot, String problem) throws Exception {
        file = dir.resolve("shared.mlsd");
        app.store.save(file, Project.create(app.templates.defaultTemplate(), Map.of("problem", problem), Instant.now()));
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()));
    }

    private void theyChangeIt(String problem) throws Exception {
        new dev.mlsd.composer.core.io.AtomicFileWriter().write(file, app.store.encode(
                Project.create(app.templates.defaultTemplate(), Map.of("problem", problem), Instant.now())));
    }

    private void myEdit(FxRobot robot) {
        robot.clickOn(app.window.editors().get(1).area());
        robot.write("mine");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void windowGetsFocus(FxRobot robot) {
        robot.interact(() -> app.window.commands().checkOutsideChange());
    }

    @Test
    void withoutUnsavedEditsTheFileIsReloadedAndTheUserTold(FxRobot robot) throws Exception {
        openProject(robot, "original");
        theyChangeIt("theirs");
        windowGetsFocus(robot);
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("theirs"));
        assertThat(robot.lookup(".status-message").queryLabeled().getText()).isEqualTo("Reloaded shared.mlsd: another program changed it");
        assertThat(app.dialogs.outsideAsked).isEmpty();
    }

    @Test
    void anUnchangedFileIsLeftAlone(FxRobot robot) throws Exception {
        openProject(robot, "original");
        myEdit(robot);
        windowGetsFocus(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.outsideAsked).isEmpty();
        assertThat(app.window.model().isDirty()).isTrue();
    }

    @Test
    void withUnsavedEditsReloadTheirsDropsMine(FxRobot robot) throws Exception {
        openProject(robot, "original");
        myEdit(robot);
        theyChangeIt("theirs");
        app.dialogs.answer(OutsideChangeChoice.RELOAD);
        windowGetsFocus(robot);
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("theirs"));
        assertThat(app.dialogs.outsideAsked).containsExactly("shared.mlsd");
        assertThat(app.window.model().isDirty()).isFalse();
        assertThat(app.window.editors().get(1).area().getText()).isEmpty();
    }

    @Test
    void withUnsavedEditsKeepMineOverwritesTheirs(FxRobot robot) throws Exception {
        openProject(robot, "original");
        myEdit(robot);
        theyChangeIt("theirs");
        app.dialogs.answer(OutsideChangeChoice.OVERWRITE);
        windowGetsFocus(robot);
        waitUntil(() -> !app.window.model().isDirty());
        assertThat(app.store.load(file).section("metrics")).isEqualTo("mine");
        assertThat(app.store.load(file).section("problem")).isEqualTo("original");
    }

    @Test
    void withUnsavedEditsSaveMineAsLeavesTheirsInPlace(FxRobot robot) throws Exception {
        openProject(robot, "original");
        myEdit(robot);
        theyChangeIt("theirs");
        Path mine = dir.resolve("mine.mlsd");
        app.files.saveAs(mine);
        app.dialogs.answer(OutsideChangeChoice.SAVE_AS);
        windowGetsFocus(robot);
        waitUntil(() -> mine.equals(app.window.model().file()) && !app.window.model().isDirty());
        assertThat(app.store.load(mine).section("metrics")).isEqualTo("mine");
        assertThat(app.store.load(file).section("problem")).isEqualTo("theirs");
    }

    @Test
    void savingOverAFileChangedMeanwhileAsksFirst(FxRobot robot) throws Exception {
        openProject(robot, "original");
        myEdit(robot);
        theyChangeIt("theirs");
        app.dialogs.answer(OutsideChangeChoice.CANCEL);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> app.dialogs.outsideAsked.size() == 1);
        assertThat(app.store.load(file).section("problem")).isEqualTo("theirs");
        assertThat(app.window.model().isDirty()).isTrue();

        app.dialogs.answer(OutsideChangeChoice.OVERWRITE);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());
        assertThat(app.dialogs.outsideAsked).hasSize(2);
        assertThat(app.store.load(file).section("metrics")).isEqualTo("mine");
    }
}

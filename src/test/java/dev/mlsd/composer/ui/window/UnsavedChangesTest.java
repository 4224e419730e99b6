package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.UnsavedChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every way of leaving a changed project (close, Quit, New, Open) with each answer (Save, Don't save, Cancel). */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesTest {

    enum Trigger { CLOSE_REQUEST, QUIT, NEW, OPEN }

    @TempDir
    static Path config;

    @TempDir
    Path dir;

    private WindowHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private Path other() throws Exception {
        Path other = dir.resolve("other.mlsd");
        app.store.save(other, dev.mlsd.composer.core.model.Project.create(app.templates.defaultTemplate(),
                Map.of("problem", "other project"), java.time.Instant.now()));
        return other;
    }

    private void makeChanges(FxRobot robot) {
        robot.clickOn(app.window.editors().get(0).area());
        robot.write("draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.model().isDirty()).isTrue();
    }

    private void fire(FxRobot robot, Trigger trigger) {
        switch (trigger) {
            case CLOSE_REQUEST -> robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            case QUIT -> robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
            case NEW -> robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
            case OPEN -> robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What each trigger does once the changes are dealt with. */
    private void assertProceeded(Trigger trigger, Path other) {
        switch (trigger) {
            case CLOSE_REQUEST, QUIT -> waitUntil(() -> app.exits.get() == 1);
            case NEW -> waitUntil(() -> app.window.editors().get(0).area().getText().isEmpty() && app.window.model().file() == null);
            case OPEN -> waitUntil(() -> other.equals(app.window.model().file())
                    && app.window.editors().get(0).area().getText().equals("other project"));
        }
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void saveWritesTheChangesThenProceeds(Trigger trigger, FxRobot robot) throws Exception {
        Path other = other();
        app.files.open(other);
        Path target = dir.resolve("draft.mlsd");
        app.files.saveAs(target);
        makeChanges(robot);
        app.dialogs.answer(UnsavedChoice.SAVE);
        fire(robot, trigger);
        assertProceeded(trigger, other);
        assertThat(app.dialogs.unsavedAsked).containsExactly("Untitled");
        assertThat(app.files.saveAsked).as("a never-saved project asks for a name").isEqualTo(1);
        assertThat(app.store.load(target).section("problem")).isEqualTo("draft");
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void saveToTheProjectsOwnFileAsksNoName(Trigger trigger, FxRobot robot) throws Exception {
        Path other = other();
        Path own = dir.resolve("own.mlsd");
        app.store.save(own, dev.mlsd.composer.core.model.Project.create(app.templates.defaultTemplate(), Map.of(), java.time.Instant.now()));
        app.files.open(own);
        fire(robot, Trigger.OPEN);
        waitUntil(() -> own.equals(app.window.model().file()));
        app.files.open(other);
        makeChanges(robot);
        app.dialogs.answer(UnsavedChoice.SAVE);
        fire(robot, trigger);
        assertProceeded(trigger, other);
        assertThat(app.dialogs.unsavedAsked).containsExactly("own.mlsd");
        assertThat(app.files.saveAsked).isZero();
        assertThat(app.store.load(own).section("problem")).isEqualTo("draft");
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void dontSaveDropsTheChangesAndProceeds(Trigger trigger, FxRobot robot) throws Exception {
        Path other = other();
        app.files.open(other);
        makeChanges(robot);
        app.dialogs.answer(UnsavedChoice.DISCARD);
        fire(robot, trigger);
        assertProceeded(trigger, other);
        assertThat(app.files.saveAsked).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("other.mlsd");
        }
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void cancelKeepsEverythingAsItWas(Trigger trigger, FxRobot robot) throws Exception {
        Path other = other();
        app.files.open(other);
        makeChanges(robot);
        app.dialogs.answer(UnsavedChoice.CANCEL);
        fire(robot, trigger);
        assertThat(app.dialogs.unsavedAsked).hasSize(1);
        assertThat(app.exits.get()).isZero();
        assertThat(app.files.openAsked).isZero();
        assertThat(app.window.model().isDirty()).isTrue();
        assertThat(app.window.editors().get(0).area().getText()).isEqualTo("draft");
        assertThat(stage.isShowing()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void withoutChangesNothingIsAsked(Trigger trigger, FxRobot robot) throws Exception {
        Path other = other();
        app.files.open(other);
        fire(robot, trigger);
        assertProceeded(trigger, other);
        assertThat(app.dialogs.unsavedAsked).isEmpty();
    }
}

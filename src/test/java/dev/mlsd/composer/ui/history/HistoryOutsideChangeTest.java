package dev.mlsd.composer.ui.history;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.cli.Cli;
import dev.mlsd.composer.cli.CliContext;
import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.OutsideChangeChoice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The command line adds an answer to the open file while the window recorded a version of its own:
 * whichever text the user keeps, both sides' versions and answers are kept.
 */
class HistoryOutsideChangeTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private WindowHarness app;
    private Path file;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Opens a file holding version 1, types, and copies: version 2 exists only in the window. */
    private void openTypeAndCopy() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        app = onFx(() -> new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH));
        VersionBook book = new VersionBook(new TemplateParser(), new PromptAssembler(), new TokenCounter());
        Instant t = Instant.parse("2026-11-30T06:00:00Z");
        Project project = book.record(Project.create(app.templates.defaultTemplate(), Map.of("problem", "original"), t), null, t)
                .project();
        file = dir.resolve("shared.mlsd");
        app.store.save(file, project);
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()));
        robot.clickOn(app.window.editors().get(0).area());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" mine");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(app.window.preview().copyButton());
        waitUntil(() -> app.window.model().history().versions().size() == 2);
    }

    /** {@code mlsd-composer answer FILE --add ANSWER.md --version 1}, run in this JVM. */
    private void commandLineAddsAnAnswer() throws Exception {
        Path answer = dir.resolve("answer.md");
        Files.writeString(answer, "## Training Pipeline\nDaily batch retraining.", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext context = new CliContext(out, CliContext.utf8(new ByteArrayOutputStream()), new AppDirs(dir, dir), app.templates,
                app.store, new PromptAssembler(), new AtomicFileWriter(), Clock.systemUTC());
        assertThat(new Cli(context).run("answer", file.toString(), "--add", answer.toString(), "--version", "1")).isZero();
        assertThat(app.store.load(file).history().answers()).hasSize(1);
    }

    private static void assertBothSides(History history) {
        assertThat(history.versions()).extracting(Version::number).containsExactly(1, 2);
        assertThat(history.version(2).orElseThrow().section("problem")).isEqualTo("original mine");
        assertThat(history.answers()).hasSize(1);
        assertThat(history.answers().get(0).version()).isEqualTo(1);
        assertThat(history.answers().get(0).text()).isEqualTo("## Training Pipeline\nDaily batch retraining.");
    }

    @Test
    void reloadingTheirTextKeepsMyVersionAndTheirAnswer() throws Exception {
        openTypeAndCopy();
        commandLineAddsAnAnswer();
        app.dialogs.answer(OutsideChangeChoice.RELOAD);
        robot.interact(() -> app.window.commands().checkOutsideChange());
        waitUntil(() -> app.window.model().history().answers().size() == 1);
        assertThat(onFx(() -> app.window.editors().get(0).area().getText())).isEqualTo("original");
        assertBothSides(onFx(() -> app.window.model().history()));
        assertThat(onFx(() -> app.window.model().isDirty())).as("my version is not in the file yet").isTrue();
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).as("the same file: still the one copied").isEqualTo(2);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());
        assertBothSides(app.store.load(file).history());
        assertThat(app.store.load(file).section("problem")).isEqualTo("original");
    }

    @Test
    void overwritingWithMyTextKeepsTheirAnswer() throws Exception {
        openTypeAndCopy();
        commandLineAddsAnAnswer();
        app.dialogs.answer(OutsideChangeChoice.OVERWRITE);
        robot.interact(() -> app.window.commands().checkOutsideChange());
        waitUntil(() -> !app.window.model().isDirty());
        Project saved = app.store.load(file);
        assertThat(saved.section("problem")).isEqualTo("original mine");
        assertBothSides(saved.history());
        assertBothSides(onFx(() -> app.window.model().history()));
    }
}

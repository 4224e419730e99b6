package dev.mlsd.composer.ui.history;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The history's one owner in the window: Copy prompt records a version, journalled at once, saved, reopened. */
class HistoryStateTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private WindowHarness app;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.close();
        } else {
            FxToolkit.cleanupStages();
        }
    }

    private WindowHarness window() throws Exception {
        return WindowHarness.onOwnStage(dir, Locale.ENGLISH);
    }

    private void type(int editor, String text) {
        robot.clickOn(app.window.editors().get(editor).area());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void copy() {
        robot.clickOn(app.window.preview().copyButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the background thread has handed back everything given to it before now (it runs in order). */
    private void drainBackground() {
        AtomicBoolean done = new AtomicBoolean();
        onFx(() -> {
            app.window.services().background().run(() -> true, ok -> done.set(true), e -> { });
            return true;
        });
        waitUntil(done::get);
    }

    private String journalText() {
        try {
            return Files.exists(app.journal.file()) ? Files.readString(app.journal.file(), StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return ""; // being replaced right now: read again
        }
    }

    private void save() {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());
    }

    @Test
    void copyRecordsAVersionThatIsJournalledSavedAndReopened() throws Exception {
        app = window();
        Path file = dir.resolve("h.mlsd");
        type(0, "churn of subscribers");
        app.files.saveAs(file);
        save();
        assertThat(onFx(() -> app.window.model().history().versions())).isEmpty();

        copy();
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        waitUntil(() -> app.window.model().history().versions().size() == 1);
        Version first = onFx(() -> app.window.model().history().versions().get(0));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.tokens()).isEqualTo(new TokenCounter().count(TokenEncoding.O200K_BASE, copied)).isPositive();
        assertThat(versionPrompt(first)).isEqualTo(copied);
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).isEqualTo(1);
        assertThat(onFx(() -> app.window.stage().getTitle())).as("a version is a change like an edit").isEqualTo("MLSD Composer — h.mlsd •");
        // Journalled at once, not 2 s later like typing: the version's own time and the next number are in it.
        waitUntil(() -> journalText().contains(first.created().toString()));
        assertThat(journalText()).contains("--- history ").contains("{\"nextVersion\":2,");

        copy();
        drainBackground();
        assertThat(onFx(() -> app.window.model().history().versions())).as("the prompt did not change").hasSize(1);

        save();
        assertThat(app.store.load(file).history().versions()).hasSize(1);
        assertThat(app.store.load(file).history().versions().get(0).sameAs(first)).isTrue();
        assertThat(onFx(() -> app.window.model().history().versions())).as("the history survives markSaved").hasSize(1);
        waitUntil(() -> !Files.exists(app.journal.file()));

        onFx(() -> {
            app.window.commands().showNewProject();
            return true;
        });
        assertThat(onFx(() -> app.window.model().history().versions())).isEmpty();
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).as("another project: nothing copied yet").isNull();
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()) && app.window.model().history().versions().size() == 1);
        assertThat(onFx(() -> app.window.model().isDirty())).isFalse();

        robot.clickOn(app.window.editors().get(0).area());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" and more");
        copy();
        waitUntil(() -> app.window.model().history().versions().size() == 2);
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).isEqualTo(2);
        assertThat(onFx(() -> app.window.model().history().latest().orElseThrow().section("problem")))
                .isEqualTo("churn of subscribers and more");
    }

    @Test
    void twoQuickRecordsBothLandAndSaveVersionKeepsItsLabel() throws Exception {
        app = window();
        type(0, "first");
        onFx(() -> {
            // Both snapshots are taken before either result is back: the second must build on the first.
            app.window.history().recordCopied();
            app.window.editors().get(0).area().appendText(" second");
            app.window.history().saveVersion("by hand");
            return true;
        });
        waitUntil(() -> app.window.model().history().versions().size() == 2);
        drainBackground();
        History history = onFx(() -> app.window.model().history());
        assertThat(history.versions()).extracting(Version::number).containsExactly(1, 2);
        assertThat(history.versions().get(0).section("problem")).isEqualTo("first");
        assertThat(history.versions().get(1).section("problem")).isEqualTo("first second");
        assertThat(history.versions().get(1).label()).isEqualTo("by hand");
        assertThat(robot.lookup(".status-message").queryLabeled().getText()).isEqualTo("Saved version 2");
    }

    @Test
    void restoreIsOneUndoableStepAndRecordsTheCurrentTextFirst() throws Exception {
        app = window();
        type(0, "version one");
        copy();
        waitUntil(() -> app.window.model().history().versions().size() == 1);
        type(0, " then more");
        onFx(() -> {
            app.window.history().restore(1);
            return true;
        });
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("version one"));
        History history = onFx(() -> app.window.model().history());
        assertThat(history.versions()).as("the text shown before restoring is kept as a version").hasSize(2);
        assertThat(history.versions().get(1).section("problem")).isEqualTo("version one then more");

        app.choose("menu-edit-undoChange");
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("version one then more"));
        assertThat(onFx(() -> app.window.model().history().versions())).as("undo keeps the versions").hasSize(2);
    }

    @Test
    void exportPromptRecordsTheExportedPromptAsAVersionButNotTwice() throws Exception {
        app = window();
        type(0, "exported draft");
        Path out = dir.resolve("out-prompt.md");
        app.files.exportTo(out);
        app.choose("menu-file-exportPrompt");
        waitUntil(() -> Files.exists(out) && app.window.model().history().versions().size() == 1);
        Version exported = onFx(() -> app.window.model().history().versions().get(0));
        assertThat(versionPrompt(exported)).isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).as("exporting is not copying").isNull();

        copy();
        drainBackground();
        assertThat(onFx(() -> app.window.model().history().versions())).as("the same prompt copied: no new version").hasSize(1);
        assertThat(onFx(() -> app.window.history().lastCopiedProperty().get())).isEqualTo(1);
    }

    @Test
    void typingWhileARestoreIsWorkedOutIsNotLost() throws Exception {
        app = window();
        type(0, "version one");
        copy();
        waitUntil(() -> app.window.model().history().versions().size() == 1);
        type(0, " two");
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        onFx(() -> {
            // The background thread is busy (a slow save, say) while the restore waits behind it.
            app.window.services().background().run(() -> hold.await(10, java.util.concurrent.TimeUnit.SECONDS), ok -> { }, e -> { });
            app.window.history().restore(1);
            return true;
        });
        type(0, " three");
        hold.countDown();
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("version one"));
        History history = onFx(() -> app.window.model().history());
        assertThat(history.versions()).extracting(v -> v.section("problem"))
                .as("the text as it was when the restore was applied, typing included").containsExactly("version one", "version one two three");
    }

    private static String versionPrompt(Version version) throws Exception {
        return new VersionBook(new TemplateParser(), new PromptAssembler(), new TokenCounter()).prompt(version);
    }
}

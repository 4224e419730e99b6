package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.RecoveryChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The recovery journal: written while typing, offered back by the next instance after a crash. */
class RecoveryTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private WindowHarness window() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        return onFx(() -> new WindowHarness(stage, dir.resolve("config"), dir.resolve("state"), Locale.ENGLISH));
    }

    private Stream<Path> journals() throws IOException {
        Path folder = dir.resolve("state/journal");
        return Files.list(folder).filter(p -> p.toString().endsWith(".journal")).toList().stream();
    }

    private void type(WindowHarness app, int editor, String text) {
        robot.clickOn(app.window.editors().get(editor).area());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingIsJournalledAndSavingClearsTheJournal() throws Exception {
        WindowHarness app = window();
        type(app, 0, "unsaved draft");
        waitUntil(() -> {
            try {
                return Files.readString(app.journal.file(), StandardCharsets.UTF_8).contains("\nunsaved draft\n");
            } catch (IOException e) {
                return false;
            }
        });
        app.files.saveAs(dir.resolve("p.mlsd"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty() && !Files.exists(app.journal.file()));
        app.journal.close();
    }

    @Test
    void aSecondInstanceOffersTheWorkOfOneThatDiedAndRestoresIt() throws Exception {
        Path file = dir.resolve("churn.mlsd");
        WindowHarness first = window();
        first.store.save(file, Project.create(first.templates.defaultTemplate(), Map.of("problem", "saved line"), Instant.now()));
        first.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(first.window.model().file()));
        robot.interact(() -> first.window.editors().get(0).area().moveTo(first.window.editors().get(0).area().getLength()));
        type(first, 0, "\nline typed before the crash");
        waitUntil(() -> Files.exists(first.journal.file()));
        waitUntil(() -> {
            try {
                return Files.readString(first.journal.file(), StandardCharsets.UTF_8).contains("line typed before the crash");
            } catch (IOException e) {
                return false;
            }
        });
        first.journal.close(); // the process dies: its lock goes, its journal stays

        WindowHarness second = window();
        second.dialogs.answer(RecoveryChoice.RESTORE);
        robot.interact(second.window::offerRecovery);
        waitUntil(() -> second.window.model().isDirty());
        assertThat(second.dialogs.recoveryOffered).hasSize(1);
        var offer = second.dialogs.recoveryOffered.get(0);
        assertThat(offer.projectName()).isEqualTo("churn.mlsd");
        assertThat(offer.sections()).hasSize(1);
        assertThat(offer.sections().get(0).title()).isEqualTo("1. Постановка Задачи");
        assertThat(offer.sections().get(0).lines()).containsExactly(
                new LineDiff.Line(LineDiff.Kind.SAME, "saved line"),
                new LineDiff.Line(LineDiff.Kind.ADDED, "line typed before the crash"));
        assertThat(second.window.editors().get(0).area().getText()).isEqualTo("saved line\nline typed before the crash");
        assertThat(second.window.model().file()).isEqualTo(file);
        assertThat(second.window.stage().getTitle()).isEqualTo("MLSD Composer — churn.mlsd •");
        waitUntil(() -> {
            try (Stream<Path> left = journals()) {
                return left.allMatch(p -> p.equals(second.journal.file()));
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(second.store.load(file).section("problem")).as("the file is untouched until saved").isEqualTo("saved line");
        second.journal.close();
    }

    @Test
    void discardRemovesTheJournalAndLaterKeepsIt() throws Exception {
        WindowHarness first = window();
        type(first, 1, "never saved");
        waitUntil(() -> Files.exists(first.journal.file()));
        Path orphan = first.journal.file();
        first.journal.close();

        WindowHarness later = window();
        later.dialogs.answer(RecoveryChoice.LATER);
        robot.interact(later.window::offerRecovery);
        waitUntil(() -> later.dialogs.recoveryOffered.size() == 1);
        assertThat(later.dialogs.recoveryOffered.get(0).projectName()).isEqualTo("Untitled");
        assertThat(later.window.model().isDirty()).isFalse();
        assertThat(orphan).exists();
        later.journal.close();

        WindowHarness discard = window();
        discard.dialogs.answer(RecoveryChoice.DISCARD);
        robot.interact(discard.window::offerRecovery);
        waitUntil(() -> !Files.exists(orphan));
        assertThat(discard.window.editors().get(1).area().getText()).isEmpty();
        discard.journal.close();
    }

    @Test
    void quittingWithoutSavingLeavesNoJournal() throws Exception {
        WindowHarness app = window();
        type(app, 0, "throw away");
        waitUntil(() -> Files.exists(app.journal.file()));
        app.dialogs.answer(dev.mlsd.composer.ui.dialog.UnsavedChoice.DISCARD);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> app.exits.get() == 1);
        waitUntil(() -> !Files.exists(app.journal.file()));
        app.journal.close();
    }
}

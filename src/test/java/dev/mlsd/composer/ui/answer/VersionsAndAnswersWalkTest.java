package dev.mlsd.composer.ui.answer;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walk, in the real window with the real clipboard and files: type, copy, paste the answer
 * back, change a section, copy again, paste the second answer, compare the two prompts and the two
 * answers, accept one, export the design document, close, reopen and find it all.
 */
class VersionsAndAnswersWalkTest {

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
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(KeyCode... combination) {
        robot.press(combination);
        robot.release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String copyPrompt(int versions) {
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> app.window.model().history().versions().size() == versions);
        return onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    private Answer pasteAnswer(String text, int answers) {
        AnswersTest.clipboard(text);
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitUntil(() -> app.window.model().history().answers().size() == answers);
        return onFx(() -> app.window.model().history().answers().get(answers - 1));
    }

    @Test
    void typeCopyPasteChangeCopyPasteCompareAcceptExportCloseReopen() throws Exception {
        String incomplete = AnswersTest.fixture("churn-incomplete.ru.md");
        String complete = AnswersTest.fixture("churn-complete.ru.md");
        app = window();

        type(0, "Reduce churn of subscribers, predictions once a day");
        type(1, "PR-AUC on a held-out month");
        type(2, "Billing for 3 years");
        String firstPrompt = copyPrompt(1);
        assertThat(firstPrompt).contains("PR-AUC on a held-out month");
        Answer first = pasteAnswer(incomplete, 1);
        assertThat(first.version()).isEqualTo(1);

        type(1, " and the retention rate");
        String secondPrompt = copyPrompt(2);
        assertThat(secondPrompt).isNotEqualTo(firstPrompt).contains("PR-AUC on a held-out month and the retention rate");
        Answer second = pasteAnswer(complete, 2);
        assertThat(second.version()).as("the answer goes to the version copied last").isEqualTo(2);

        // The two prompts, in the history panel: both versions selected show how the second differs.
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        assertThat(onFx(() -> app.window.historyPanel().node().isVisible())).isTrue();
        onFx(() -> {
            app.window.historyPanel().list().getSelectionModel().selectAll();
            return null;
        });
        waitUntil(() -> app.window.historyPanel().view().area().getText().contains("+ PR-AUC on a held-out month and the retention rate"));
        assertThat(onFx(() -> app.window.historyPanel().view().area().getText())).contains("− PR-AUC on a held-out month\n");
        assertThat(onFx(() -> app.window.historyPanel().heading().getText())).isEqualTo("From version 1 to version 2");
        onFx(() -> {
            app.window.historyPanel().list().getSelectionModel().clearSelection();
            return null;
        });

        // The two answers, side by side in the diff view.
        robot.clickOn("#tab-answers");
        WaitForAsyncUtils.waitForFxEvents();
        AnswersPane answers = app.window.answers();
        onFx(() -> {
            answers.compare(first.id(), second.id());
            return null;
        });
        waitUntil(() -> visibleDiff().contains("+ "));
        assertThat(visibleDiff()).contains("− ").contains("+ ");

        // Accept the complete one: its checks say it covers every expected part.
        onFx(() -> {
            answers.select(second.id());
            return null;
        });
        waitUntil(() -> second.id().equals(answers.editor().answerId()));
        waitUntil(() -> answers.editor().checks().coverage() != null && answers.editor().checks().coverage().complete());
        robot.clickOn(answers.editor().acceptButton());
        waitUntil(() -> app.window.model().history().accepted().map(Answer::id).orElse("").equals(second.id()));

        Path design = dir.resolve("churn-design.md");
        app.files.exportTo(design);
        app.choose("menu-file-exportDesign");
        waitUntil(() -> Files.exists(design));
        assertThat(app.dialogs.questionsAsked).as("the accepted answer answers today's sections: nothing to ask").isEmpty();
        String document = Files.readString(design);
        assertThat(document).startsWith("# 1. Постановка Задачи\n\nReduce churn of subscribers, predictions once a day\n\n")
                .contains("# 2. Метрики\n\nPR-AUC on a held-out month and the retention rate\n\n")
                .contains("# 4. Архитектура и Модели\n\n");
        assertThat(document.substring(document.indexOf("# 4. Архитектура и Модели"))).contains(complete.lines().skip(3).findFirst().orElseThrow());

        Path file = dir.resolve("churn.mlsd");
        app.files.saveAs(file);
        keys(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !app.window.model().isDirty());
        app.choose("menu-file-quit");
        assertThat(app.exits.get()).isEqualTo(1);
        app.journal.close();
        FxToolkit.cleanupStages();

        app = window();
        app.files.open(file);
        keys(KeyCode.CONTROL, KeyCode.O);
        waitUntil(() -> file.equals(app.window.model().file()) && app.window.model().history().answers().size() == 2);
        History reopened = onFx(() -> app.window.model().history());
        assertThat(reopened.versions()).hasSize(2);
        assertThat(reopened.answers()).extracting(Answer::id, Answer::version, Answer::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 1, first.text()),
                        org.assertj.core.groups.Tuple.tuple(second.id(), 2, second.text()));
        assertThat(reopened.accepted().map(Answer::id)).contains(second.id());
        assertThat(onFx(() -> app.window.answers().list().getItems())).hasSize(2);
        onFx(() -> {
            app.window.answers().select(second.id());
            return null;
        });
        waitUntil(() -> app.window.answers().editor().area().getText().equals(complete.replace("\r\n", "\n")));
        assertThat(onFx(() -> app.window.answers().editor().acceptButton().isVisible())).as("shown as the accepted one").isFalse();
    }

    private String visibleDiff() {
        return onFx(() -> app.window.answers().node().isVisible() && app.window.answers().diffView().node().getScene() != null
                ? app.window.answers().diffView().area().getText() : "");
    }
}

package dev.mlsd.composer.ui.answer;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.AnswerSpec.ExpectedPart;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.testing.WindowHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paste answer, the answer editor, its checks and Accept, in the real window with the real clipboard. */
@ExtendWith(ApplicationExtension.class)
class AnswersTest {

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = AnswersTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void clipboard(String text) {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private History history() {
        return onFx(() -> app.window.model().history());
    }

    private void type(int editor, String text, FxRobot robot) {
        robot.clickOn(app.window.editors().get(editor).area()).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(FxRobot robot, KeyCode... combination) {
        robot.press(combination);
        robot.release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pasteAnswer(FxRobot robot, String text) {
        int before = history().answers().size();
        clipboard(text);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitUntil(() -> app.window.model().history().answers().size() == before + 1);
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup(".status-message").queryLabeled().getText());
    }

    @Test
    void pastingWithNoVersionRecordsTheStateFirstAndShowsTheAnswer(FxRobot robot) {
        type(0, "Reduce churn", robot);
        pasteAnswer(robot, "## Training Pipeline\r\nDaily batch.");

        History history = history();
        assertThat(history.versions()).hasSize(1);
        assertThat(history.versions().get(0).sections()).containsEntry("problem", "Reduce churn");
        Answer answer = history.answers().get(0);
        assertThat(answer.version()).isEqualTo(1);
        assertThat(answer.text()).isEqualTo("## Training Pipeline\nDaily batch.");
        assertThat(app.window.model().isDirty()).isTrue();
        AnswersPane pane = app.window.answers();
        waitUntil(() -> pane.editor().area().getText().equals(answer.text()));
        assertThat(onFx(() -> pane.editor().area().getStyleAtPosition(4))).as("Markdown highlighted as the sections are")
                .contains("md-heading");
        assertThat(onFx(() -> app.window.resultTabs().answersShown())).isTrue();
        assertThat(status(robot)).isEqualTo("Pasted the answer to version 1");
        assertThat(onFx(() -> pane.list().getItems().size())).isEqualTo(1);
    }

    @Test
    void theButtonBesideCopyPromptPastesToo(FxRobot robot) {
        clipboard("An answer from the button.");
        robot.clickOn(app.window.preview().pasteAnswerButton());
        waitUntil(() -> app.window.model().history().answers().size() == 1);
        assertThat(history().answers().get(0).text()).isEqualTo("An answer from the button.");
    }

    @Test
    void theVersionSelectedInTheHistoryWinsOverTheOneLastCopied(FxRobot robot) {
        type(0, "first", robot);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> app.window.model().history().versions().size() == 1);
        type(0, " and second", robot);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> app.window.model().history().versions().size() == 2);
        type(0, " and unsent", robot);

        onFx(() -> {
            app.window.history().selectedProperty().set(1);
            return null;
        });
        pasteAnswer(robot, "to the selected one");
        onFx(() -> {
            app.window.history().selectedProperty().set(null);
            return null;
        });
        pasteAnswer(robot, "to the one copied last");

        assertThat(history().answers()).extracting(Answer::text, Answer::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to the selected one", 1),
                        org.assertj.core.groups.Tuple.tuple("to the one copied last", 2));
        assertThat(history().versions()).hasSize(2);
    }

    @Test
    void aClipboardWithoutTextOrWithBinaryOrHugeTextChangesNothing(FxRobot robot) {
        type(0, "Reduce churn", robot);
        onFx(() -> {
            ClipboardContent files = new ClipboardContent();
            files.putFiles(List.of(dir.toFile()));
            return Clipboard.getSystemClipboard().setContent(files);
        });
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        assertThat(status(robot)).isEqualTo("The clipboard holds no text to paste as an answer");

        clipboard("PK\u0003\u0004\u0000\u0000binary");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitUntil(() -> app.dialogs.errors.size() == 1);
        assertThat(app.dialogs.errors.get(0).details()).isEqualTo("This is not text, so it cannot be an answer.");

        clipboard("x".repeat(6 * 1024 * 1024));
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitUntil(() -> app.dialogs.errors.size() == 2);
        assertThat(app.dialogs.errors.get(1).details()).isEqualTo("The answer is too large (6.0 MB; the limit is 5.0 MB).");

        assertThat(history().isEmpty()).as("no version recorded, no answer kept").isTrue();
        assertThat(onFx(() -> app.window.editors().get(0).area().getText())).isEqualTo("Reduce churn");
    }

    @Test
    void acceptingAnotherAnswerMovesTheMark(FxRobot robot) {
        pasteAnswer(robot, "first answer");
        pasteAnswer(robot, "second answer");
        AnswersPane pane = app.window.answers();
        String first = history().answers().get(0).id();
        String second = history().answers().get(1).id();

        onFx(() -> {
            pane.select(first);
            return null;
        });
        robot.clickOn(pane.editor().acceptButton());
        waitUntil(() -> app.window.model().history().accepted().map(Answer::id).orElse("").equals(first));
        assertThat(onFx(() -> pane.editor().acceptButton().isVisible())).isFalse();

        onFx(() -> {
            pane.select(second);
            return null;
        });
        waitUntil(() -> pane.editor().acceptButton().isVisible());
        robot.clickOn(pane.editor().acceptButton());
        waitUntil(() -> app.window.model().history().accepted().map(Answer::id).orElse("").equals(second));
        History history = history();
        assertThat(history.isAccepted(history.answer(first).orElseThrow())).isFalse();
        assertThat(onFx(() -> pane.list().getItems().stream().filter(history::isAccepted).map(Answer::id).toList()))
                .containsExactly(second);
    }

    @Test
    void editsInTheAnswerEditorAreKeptAndUndoneThere(FxRobot robot) {
        pasteAnswer(robot, "An answer");
        AnswerEditor editor = app.window.answers().editor();
        String id = history().answers().get(0).id();
        robot.clickOn(editor.area());
        keys(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(" with more");
        waitUntil(() -> app.window.model().history().answer(id).orElseThrow().text().equals("An answer with more"));

        robot.clickOn(editor.modelName()).write("Claude");
        waitUntil(() -> "Claude".equals(app.window.model().history().answer(id).orElseThrow().model()));

        robot.clickOn(editor.area());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> app.window.model().history().answer(id).orElseThrow().text().equals("An answer"));
        assertThat(history().answer(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anAnswerEditedJustBeforeQuittingMakesTheQuitAskAndIsSaved(FxRobot robot) throws Exception {
        pasteAnswer(robot, "An answer");
        Path file = dir.resolve("quick.mlsd");
        app.files.saveAs(file);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !app.window.model().isDirty());
        app.dialogs.answer(dev.mlsd.composer.ui.dialog.UnsavedChoice.SAVE);
        onFx(() -> {
            // Two edits and the quit in one go: the second edit is still waiting for typing to stop.
            app.window.answers().editor().area().appendText(" with");
            app.window.answers().editor().area().appendText(" more");
            app.window.commands().quit();
            return null;
        });
        waitUntil(() -> app.exits.get() == 1);
        assertThat(app.dialogs.unsavedAsked).hasSize(1);
        assertThat(app.store.load(file).history().answers().get(0).text()).isEqualTo("An answer with more");
    }

    @Test
    void theChecksSayWhichExpectedPartsTheAnswerCoversAndLacks(FxRobot robot) throws IOException {
        pasteAnswer(robot, fixture("churn-incomplete.ru.md"));
        AnswerChecksView checks = app.window.answers().editor().checks();
        waitUntil(() -> checks.coverage() != null);
        assertThat(checks.coverage().covers()).extracting(ExpectedPart::id).containsExactly("training-pipeline", "baseline", "model");
        Label lacks = onFx(() -> robot.lookup("#answer-part-risks").queryAs(Label.class));
        assertThat(lacks.getStyleClass()).contains("answer-lacks");
        assertThat(onFx(() -> robot.lookup(".answer-checks-summary").queryLabeled().getText()))
                .isEqualTo("Covers 3 of 10 expected parts");

        String complete = fixture("churn-complete.ru.md");
        onFx(() -> {
            app.window.answers().editor().area().replaceText(complete);
            return null;
        });
        waitUntil(() -> checks.coverage() != null && checks.coverage().complete());
        assertThat(onFx(() -> robot.lookup(".answer-checks-summary").queryLabeled().getText()))
                .isEqualTo("Covers all 10 expected parts");
    }

    @Test
    void typingANewAnswerByHand(FxRobot robot) {
        app.choose("menu-edit-newAnswer");
        waitUntil(() -> app.window.model().history().answers().size() == 1);
        AnswerEditor editor = app.window.answers().editor();
        waitUntil(() -> editor.answerId() != null);
        robot.clickOn(editor.area()).write("Typed by hand");
        waitUntil(() -> app.window.model().history().answers().get(0).text().equals("Typed by hand"));
    }

    @Test
    void selectingTwoAnswersComparesThem(FxRobot robot) {
        pasteAnswer(robot, "same line\nold line");
        pasteAnswer(robot, "same line\nnew line");
        AnswersPane pane = app.window.answers();
        List<String> ids = history().answers().stream().map(Answer::id).toList();
        onFx(() -> {
            pane.compare(ids.get(0), ids.get(1));
            return null;
        });
        waitUntil(() -> diffText(robot).contains("old line"));
        String shown = diffText(robot);
        assertThat(shown).contains("Version 1", "→", "− old line", "+ new line");
        assertThat(shown.indexOf("old line")).isLessThan(shown.indexOf("new line"));
        assertThat(onFx(() -> pane.editor().node().getScene() == null)).as("the diff takes the editor's place").isTrue();
    }

    @Test
    void theTextSizeKeysZoomTheAnswerToo(FxRobot robot) {
        pasteAnswer(robot, "Some answer text");
        AnswerEditor editor = app.window.answers().editor();
        waitUntil(() -> textSize(editor) == 13);
        robot.clickOn(editor.area());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> textSize(editor) == 15);
    }

    private String diffText(FxRobot robot) {
        return onFx(() -> app.window.answers().node().isVisible() && app.window.answers().diffView().node().getScene() != null
                ? app.window.answers().diffView().area().getText() : "");
    }

    private static double textSize(AnswerEditor editor) {
        editor.area().applyCss();
        return editor.area().lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .mapToDouble(n -> ((javafx.scene.text.Text) n).getFont().getSize()).findFirst().orElse(-1);
    }
}

package dev.mlsd.composer.ui.answer;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.testing.ScriptedDialogs;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export design document…: the accepted answer as section 4, and what the dialog says when there is none or it is outdated. */
@ExtendWith(ApplicationExtension.class)
class DesignDocumentExportTest {

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private void pasteAnswer(FxRobot robot, String text) {
        int before = onFx(() -> app.window.model().history().answers().size());
        AnswersTest.clipboard(text);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.window.model().history().answers().size() == before + 1);
    }

    @Test
    void withNoAnswerItSaysSoAndAsksForNoFile() {
        app.choose("menu-file-exportDesign");
        assertThat(app.dialogs.errors).extracting(ScriptedDialogs.Error::header).containsExactly("There is no answer to put in section 4");
        assertThat(app.files.lastExportKind).isNull();
    }

    @Test
    void withNoAcceptedAnswerItOffersTheLatestAndWritesMarkdown(FxRobot robot) throws Exception {
        robot.clickOn(app.window.editors().get(1).area()).write("PR-AUC");
        WaitForAsyncUtils.waitForFxEvents();
        pasteAnswer(robot, "# Pipelines\n\nTrain daily.");
        app.dialogs.proceedAnswers.add(true);
        app.files.exportTo(dir.resolve("design"));
        app.choose("menu-file-exportDesign");
        waitUntil(() -> Files.exists(dir.resolve("design.md")));
        assertThat(app.dialogs.questionsAsked).extracting(ScriptedDialogs.Question::header).containsExactly("No answer is accepted");
        assertThat(app.files.lastExportKind).isEqualTo(FileDialogs.ExportKind.DESIGN_DOCUMENT);
        assertThat(app.files.lastSuggestedName).isEqualTo("untitled-design.md");
        assertThat(Files.readString(dir.resolve("design.md"))).isEqualTo("# 1. Постановка Задачи\n\n# 2. Метрики\n\nPR-AUC\n\n"
                + "# 3. Данные\n\n# 4. Архитектура и Модели\n\n## Pipelines\n\nTrain daily.\n");
        waitUntil(() -> robot.lookup(".status-message").queryLabeled().getText().equals("Exported the design document to design.md"));
    }

    @Test
    void anAcceptedAnswerToOtherSectionsIsExportedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        pasteAnswer(robot, "Training pipeline <script>alert(1)</script> [x](javascript:alert(1))");
        String id = onFx(() -> app.window.model().history().answers().get(0).id());
        onFx(() -> {
            app.window.answers().editor().acceptButton().fire();
            return null;
        });
        waitUntil(() -> app.window.model().history().accepted().map(Answer::id).orElse("").equals(id));
        robot.clickOn(app.window.editors().get(0).area()).write("changed since");
        WaitForAsyncUtils.waitForFxEvents();

        app.files.exportTo(dir.resolve("first.md"));
        app.choose("menu-file-exportDesign");
        assertThat(app.dialogs.questionsAsked).extracting(ScriptedDialogs.Question::header)
                .containsExactly("The answer was made from other sections");
        assertThat(app.dialogs.questionsAsked.get(0).details()).contains("version 1");
        assertThat(app.files.lastExportKind).as("cancelled before the file chooser").isNull();

        app.dialogs.proceedAnswers.add(true);
        app.choose("menu-file-exportDesign");
        waitUntil(() -> Files.exists(dir.resolve("first.md")));
        Files.delete(dir.resolve("first.md"));

        app.dialogs.proceedAnswers.add(true);
        app.files.exportTo(dir.resolve("design.html"));
        app.choose("menu-file-exportDesign");
        waitUntil(() -> Files.exists(dir.resolve("design.html")));
        String html = Files.readString(dir.resolve("design.html"));
        assertThat(html).contains("<h1>4. Архитектура и Модели</h1>", "changed since", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:");
    }
}

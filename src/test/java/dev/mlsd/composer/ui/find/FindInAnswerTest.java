package dev.mlsd.composer.ui.find;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.editor.MarkdownArea;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
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

/**
 * The find bar searches the answer shown in the answer editor too, after the sections and before
 * the preview: counted, highlighted, stepped into (bringing the Answers tab up), replaced in, and a
 * replace all there is undone with the sections' by one Undo.
 */
@ExtendWith(ApplicationExtension.class)
class FindInAnswerTest {

    /** In no template's own text, so the preview adds no matches of its own. */
    private static final String WORD = "zebrafish";
    private static final String ANSWER = "Train the zebrafish model daily; zebrafish data weekly.";

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private void showWithAnswer(FxRobot robot, String problem) {
        app.showSections(Map.of("problem", problem, "metrics", "", "data", ""));
        robot.interact(() -> {
            app.window.editors().get(0).area().moveTo(0);
            app.window.editors().get(0).area().requestFocus();
        });
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(ANSWER);
            return Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> answerArea().getText().equals(ANSWER));
        robot.interact(() -> app.window.editors().get(0).area().requestFocus());
    }

    private MarkdownArea answerArea() {
        return app.window.answers().editor().area();
    }

    private String answerText() {
        return onFx(() -> answerArea().getText());
    }

    private String savedAnswer() {
        return onFx(() -> app.window.model().history().answers().get(0).text());
    }

    private String section() {
        return onFx(() -> app.window.editors().get(0).area().getText());
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#find-status").queryAs(Label.class).getText());
    }

    private boolean answerHighlighted(int offset) {
        return onFx(() -> answerArea().getStyleOfChar(offset).contains("find-match"));
    }

    @Test
    void theAnswerIsCountedHighlightedAndSteppedIntoAfterTheSections(FxRobot robot) {
        showWithAnswer(robot, "a " + WORD + " problem");
        robot.interact(() -> app.window.resultTabs().showHistory());
        assertThat(onFx(() -> app.window.resultTabs().answersShown())).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write(WORD);
        waitUntil(() -> status(robot).equals("1 of 3"));
        assertThat(onFx(() -> app.window.editors().get(0).area().getSelectedText())).isEqualTo(WORD);
        int first = ANSWER.indexOf(WORD);
        int second = ANSWER.indexOf(WORD, first + 1);
        waitUntil(() -> answerHighlighted(first) && answerHighlighted(second));
        assertThat(answerHighlighted(first - 1)).isFalse();

        robot.push(KeyCode.F3);
        waitUntil(() -> status(robot).equals("2 of 3"));
        assertThat(onFx(() -> app.window.resultTabs().answersShown())).as("stepping into the answer shows its tab").isTrue();
        assertThat(onFx(() -> answerArea().getSelection().getStart() + "-" + answerArea().getSelection().getEnd()))
                .isEqualTo(first + "-" + (first + WORD.length()));
        robot.push(KeyCode.F3);
        waitUntil(() -> status(robot).equals("3 of 3"));
        assertThat(onFx(() -> answerArea().getSelection().getStart())).isEqualTo(second);
        robot.push(KeyCode.F3);
        waitUntil(() -> status(robot).equals("1 of 3"));

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#find-bar").tryQuery().isEmpty());
        assertThat(answerHighlighted(first)).as("closing clears the answer's highlights").isFalse();
    }

    @Test
    void replaceAndReplaceAllChangeTheAnswerAndOneUndoBringsItBack(FxRobot robot) {
        String problem = "the " + WORD + " problem";
        showWithAnswer(robot, problem);
        app.choose("menu-edit-replace");
        robot.write(WORD);
        waitUntil(() -> status(robot).equals("1 of 3"));
        robot.clickOn("#find-replace-field");
        robot.write("carp");

        // Replace: the section's match, then the answer's first.
        robot.clickOn("#find-replace");
        waitUntil(() -> section().equals("the carp problem") && status(robot).equals("1 of 2"));
        robot.clickOn("#find-replace");
        String once = ANSWER.replaceFirst(WORD, "carp");
        waitUntil(() -> answerText().equals(once));
        waitUntil(() -> savedAnswer().equals(once));
        robot.interact(() -> app.window.editors().get(0).area().replaceText("the " + WORD + " problem"));
        waitUntil(() -> status(robot).equals("1 of 2") || status(robot).equals("2 of 2") || status(robot).equals("2 matches"));

        robot.clickOn("#find-replace-all");
        String all = ANSWER.replace(WORD, "carp");
        waitUntil(() -> answerText().equals(all) && section().equals("the carp problem"));
        waitUntil(() -> status(robot).equals("Replaced 2"));
        waitUntil(() -> savedAnswer().equals(all));
        assertThat(onFx(() -> app.window.model().document().text("problem"))).isEqualTo("the carp problem");

        app.choose("menu-edit-undo");
        waitUntil(() -> answerText().equals(once) && section().equals(problem));
        waitUntil(() -> savedAnswer().equals(once));
        waitUntil(() -> status(robot).matches("[0-9] of 2|2 matches"));
    }
}

package dev.mlsd.composer.ui.find;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The find bar searches the preview too, read-only: its own text (the template's part of the
 * prompt) is highlighted and stepped through after the sections' matches; replacing never changes it.
 */
@ExtendWith(ApplicationExtension.class)
class FindInPreviewTest {

    /** A word of the built-in Russian template's text, in no section below. */
    private static final String TEMPLATE_WORD = "baseline";

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private void show(FxRobot robot, Map<String, String> sections) {
        app.showSections(sections);
        robot.interact(() -> {
            app.window.editors().get(0).area().moveTo(0);
            app.window.editors().get(0).area().requestFocus();
        });
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#find-status").queryAs(Label.class).getText());
    }

    private String prompt() {
        return onFx(() -> app.window.model().promptText());
    }

    private String previewText() {
        return onFx(() -> app.window.preview().area().getText());
    }

    private boolean previewHighlighted(int offset) {
        return onFx(() -> app.window.preview().area().getStyleOfChar(offset).contains("find-match"));
    }

    private String previewSelection() {
        return onFx(() -> app.window.preview().area().getSelection().getStart() + "-" + app.window.preview().area().getSelection().getEnd());
    }

    /** Where {@code word} is in {@code text}, in any case (as the find bar looks by default). */
    private static List<Integer> occurrences(String text, String word) {
        List<Integer> at = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            at.add(i);
        }
        return at;
    }

    @Test
    void theTemplatesTextInThePreviewIsFoundAfterTheSectionsAndHighlighted(FxRobot robot) {
        show(robot, Map.of("problem", "our baseline is a rule", "metrics", "", "data", ""));
        String prompt = prompt();
        List<Integer> all = occurrences(prompt, TEMPLATE_WORD);
        int inSection = prompt.indexOf("our baseline is a rule") + "our ".length();
        List<Integer> inTemplate = all.stream().filter(i -> i != inSection).toList();
        assertThat(inTemplate).as("the template's own text has the word").isNotEmpty();
        int total = 1 + inTemplate.size();

        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write(TEMPLATE_WORD);
        waitUntil(() -> status(robot).equals("1 of " + total));
        assertThat(onFx(() -> app.window.editors().get(0).area().getSelectedText())).as("the section's match comes first")
                .isEqualTo(TEMPLATE_WORD);
        for (int at : inTemplate) {
            assertThat(previewHighlighted(at)).as("highlighted in the preview at %d", at).isTrue();
        }
        assertThat(previewHighlighted(inSection)).as("the section's text is found in its editor, not twice").isFalse();
        assertThat(previewHighlighted(inTemplate.get(0) - 1)).isFalse();

        robot.push(KeyCode.F3);
        waitUntil(() -> status(robot).equals("2 of " + total));
        assertThat(previewSelection()).isEqualTo(inTemplate.get(0) + "-" + (inTemplate.get(0) + TEMPLATE_WORD.length()));
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        waitUntil(() -> status(robot).equals("1 of " + total));

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#find-bar").tryQuery().isEmpty());
        for (int at : inTemplate) {
            assertThat(previewHighlighted(at)).as("closing clears the preview's highlights").isFalse();
        }
    }

    @Test
    void replaceNeverChangesThePreviewsOwnText(FxRobot robot) {
        show(robot, Map.of("problem", "baseline first", "metrics", "", "data", ""));
        String before = prompt();
        int inTemplate = occurrences(before, TEMPLATE_WORD).size() - 1;
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> robot.lookup("#find-replace-field").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.write(TEMPLATE_WORD);
        waitUntil(() -> status(robot).equals("1 of " + (1 + inTemplate)));
        robot.clickOn("#find-replace-field");
        robot.write("rule");
        robot.clickOn("#find-replace-all");
        waitUntil(() -> onFx(() -> app.window.editors().get(0).area().getText()).equals("rule first"));
        String after = prompt();
        assertThat(after).isEqualTo(before.replaceFirst("baseline first", "rule first"));
        assertThat(occurrences(after, TEMPLATE_WORD)).hasSize(inTemplate);
        waitUntil(() -> previewText().equals(after));

        // The only matches left are the preview's: Replace steps through them and changes nothing.
        waitUntil(() -> status(robot).equals("Replaced 1"));
        robot.clickOn("#find-replace");
        robot.clickOn("#find-replace");
        waitUntil(() -> status(robot).matches("[0-9]+ of " + inTemplate));
        assertThat(prompt()).isEqualTo(after);
        assertThat(previewText()).isEqualTo(after);
        assertThat(onFx(() -> app.window.preview().area().getSelectedText())).isEqualToIgnoringCase(TEMPLATE_WORD);
    }

    @Test
    void typingBeforeAHighlightMovesItWithItsText(FxRobot robot) {
        show(robot, Map.of("problem", "a", "metrics", "", "data", ""));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write(TEMPLATE_WORD);
        // The last one is after the first section in the prompt.
        List<Integer> before = occurrences(prompt(), TEMPLATE_WORD);
        int first = before.get(before.size() - 1);
        waitUntil(() -> previewHighlighted(first));
        robot.interact(() -> app.window.editors().get(0).area().insertText(0, "xyz "));
        List<Integer> after = occurrences(prompt(), TEMPLATE_WORD);
        int moved = after.get(after.size() - 1);
        assertThat(moved).isEqualTo(first + 4);
        waitUntil(() -> previewHighlighted(moved) && previewHighlighted(moved + TEMPLATE_WORD.length() - 1));
        assertThat(previewHighlighted(moved + TEMPLATE_WORD.length())).isFalse();
        assertThat(previewHighlighted(first)).as("nothing is left highlighted at the old place").isFalse();
    }
}

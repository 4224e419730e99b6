package dev.mlsd.composer.ui.find;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.editor.SectionArea;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The find bar in a real window: across sections, the count, bad patterns, replace all and its one undo, Esc. */
@ExtendWith(ApplicationExtension.class)
class FindReplaceTest {

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
            area(0).moveTo(0);
            area(0).requestFocus();
        });
    }

    private SectionArea area(int section) {
        return app.window.editors().get(section).area();
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#find-status").queryAs(Label.class).getText());
    }

    private String selection(int section) {
        return onFx(() -> area(section).getSelection().getStart() + "-" + area(section).getSelection().getEnd());
    }

    private boolean highlighted(int section, int offset) {
        return onFx(() -> area(section).getStyleOfChar(offset).contains("find-match"));
    }

    private String text(int section) {
        return onFx(() -> area(section).getText());
    }

    @Test
    void nextAndPreviousWalkTheMatchesAcrossSectionsWithACount(FxRobot robot) {
        show(robot, Map.of("problem", "churn one churn", "metrics", "less churn", "data", "nothing to see"));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("churn");
        waitUntil(() -> status(robot).equals("1 of 3"));
        assertThat(selection(0)).isEqualTo("0-5");
        assertThat(highlighted(0, 1)).isTrue();
        assertThat(highlighted(0, 11)).isTrue();
        assertThat(highlighted(1, 6)).isTrue();
        assertThat(highlighted(0, 7)).as("not a match").isFalse();

        robot.push(KeyCode.ENTER);
        waitUntil(() -> status(robot).equals("2 of 3"));
        assertThat(selection(0)).isEqualTo("10-15");
        robot.push(KeyCode.F3);
        waitUntil(() -> status(robot).equals("3 of 3"));
        assertThat(selection(1)).as("next crossed from the first section into the second").isEqualTo("5-10");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> status(robot).equals("1 of 3"));
        assertThat(selection(0)).as("wraps to the first match").isEqualTo("0-5");
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        waitUntil(() -> status(robot).equals("3 of 3"));
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> status(robot).equals("2 of 3"));

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#find-bar").tryQuery().isEmpty());
        assertThat(highlighted(0, 1)).as("closing clears the highlights").isFalse();
        assertThat(highlighted(1, 6)).isFalse();
    }

    @Test
    void optionsNarrowTheSearchAndABadPatternSaysSo(FxRobot robot) {
        show(robot, Map.of("problem", "Recall and recall, recalled", "metrics", "", "data", ""));
        app.choose("menu-edit-find");
        robot.write("recall");
        waitUntil(() -> status(robot).equals("1 of 3"));
        robot.clickOn("#find-match-case");
        waitUntil(() -> status(robot).endsWith("of 2"));
        robot.clickOn("#find-whole-word");
        waitUntil(() -> status(robot).endsWith("of 1"));

        robot.clickOn("#find-regex");
        robot.clickOn("#find-field");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("([a-");
        waitUntil(() -> status(robot).startsWith("Not a valid regular expression"));
        assertThat(onFx(() -> robot.lookup("#find-status").query().getStyleClass())).contains("find-status-bad");
        assertThat(highlighted(0, 12)).isFalse();
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.BACK_SPACE);
        }
        robot.write("[0-9]{3}");
        waitUntil(() -> status(robot).equals("No matches"));
    }

    @Test
    void replaceAllWithGroupsIsUndoneEverywhereByOneUndo(FxRobot robot) {
        String problem = "a cat and a cot";
        String metrics = "cut the cat";
        String data = "no felines";
        show(robot, Map.of("problem", problem, "metrics", metrics, "data", data));
        app.choose("menu-edit-replace");
        robot.clickOn("#find-regex");
        robot.clickOn("#find-field");
        robot.write("c(a|o)t");
        waitUntil(() -> status(robot).equals("1 of 3"));
        robot.clickOn("#find-replace-field");
        robot.write("<$1>");
        robot.clickOn("#find-replace-all");
        waitUntil(() -> text(0).equals("a <a> and a <o>") && text(1).equals("cut the <a>"));
        assertThat(text(2)).isEqualTo(data);
        waitUntil(() -> status(robot).equals("Replaced 3"));
        assertThat(onFx(() -> app.window.model().document().text("problem"))).isEqualTo("a <a> and a <o>");

        robot.interact(() -> area(2).requestFocus());
        app.choose("menu-edit-undo");
        waitUntil(() -> text(0).equals(problem) && text(1).equals(metrics));
        assertThat(text(2)).isEqualTo(data);
        assertThat(onFx(() -> app.window.model().document().text("metrics"))).isEqualTo(metrics);
    }

    @Test
    void theKeyboardUndoInAnEditorAlsoUndoesAReplaceAllEverywhere(FxRobot robot) {
        show(robot, Map.of("problem", "x and x", "metrics", "x", "data", "y"));
        app.choose("menu-edit-replace");
        robot.write("x");
        waitUntil(() -> status(robot).equals("1 of 3"));
        robot.clickOn("#find-replace-field");
        robot.write("z");
        robot.clickOn("#find-replace-all");
        waitUntil(() -> text(0).equals("z and z") && text(1).equals("z"));
        robot.clickOn(area(1));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> text(0).equals("x and x") && text(1).equals("x"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(text(0)).as("the second undo is the focused editor's own again (nothing left there)").isEqualTo("x and x");
        assertThat(text(1)).isEqualTo("x");
    }

    @Test
    void replaceReplacesTheSelectedMatchAndMovesOn(FxRobot robot) {
        show(robot, Map.of("problem", "one two one", "metrics", "one", "data", ""));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> robot.lookup("#find-replace-field").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.write("one");
        waitUntil(() -> status(robot).equals("1 of 3"));
        robot.clickOn("#find-replace-field");
        robot.write("1");
        robot.clickOn("#find-replace");
        waitUntil(() -> text(0).equals("1 two one") && status(robot).equals("1 of 2"));
        assertThat(selection(0)).isEqualTo("6-9");
        robot.clickOn("#find-replace");
        robot.clickOn("#find-replace");
        waitUntil(() -> text(1).equals("1"));
        assertThat(text(0)).isEqualTo("1 two 1");
        waitUntil(() -> status(robot).equals("No matches"));
        assertThat(onFx(() -> area(0).getUndoManager().isUndoAvailable())).isTrue();
        assertThat(List.of(text(0), text(1))).containsExactly("1 two 1", "1");
        assertThat(onFx(() -> area(0).offsetToPosition(0, TwoDimensional.Bias.Forward).getMajor())).isZero();
    }
}

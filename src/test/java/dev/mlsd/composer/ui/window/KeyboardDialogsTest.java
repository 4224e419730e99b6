package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.testing.AllDialogs;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import dev.mlsd.composer.ui.dialog.ImportProposal;
import dev.mlsd.composer.ui.template.TemplateEditorWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dialogs used with the keyboard alone: Tab moves between the controls, Enter takes the
 * default answer, Esc cancels, and Alt with a button's underlined letter presses it; every button
 * of a dialog has its own letter, in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardDialogsTest {

    @TempDir
    Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    /** Shows the dialog that {@code make} builds, without blocking, with the keyboard's focus in it. */
    private <D extends Dialog<?>> D show(FxRobot robot, java.util.function.Function<FxDialogs, D> make) {
        D dialog = onFx(() -> {
            D built = make.apply(new FxDialogs(app.messages, app.window.stage(), "1.0"));
            built.initModality(Modality.NONE);
            built.show();
            return built;
        });
        Window window = onFx(() -> dialog.getDialogPane().getScene().getWindow());
        waitUntil(() -> window.getScene().getFocusOwner() != null);
        robot.targetWindow(window);
        return dialog;
    }

    private static Object answer(Dialog<?> dialog) {
        waitUntil(() -> !dialog.isShowing());
        return onFx(dialog::getResult);
    }

    private static ButtonData answerData(Dialog<?> dialog) {
        return ((ButtonType) answer(dialog)).getButtonData();
    }

    private static String focused(Dialog<?> dialog) {
        return onFx(() -> {
            Node owner = dialog.getDialogPane().getScene().getFocusOwner();
            return owner instanceof Labeled labeled ? labeled.getText() : owner.getClass().getSimpleName();
        });
    }

    @Test
    void theSaveQuestionAnswersEnterEscTabAndItsLetters(FxRobot robot) {
        Dialog<?> enter = show(robot, d -> d.unsavedAlert("p.mlsd"));
        assertThat(focused(enter)).isEqualTo("_Save");
        robot.push(KeyCode.TAB);
        assertThat(focused(enter)).isNotEqualTo("_Save");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focused(enter)).isEqualTo("_Save");
        robot.push(KeyCode.ENTER);
        assertThat(answerData(enter)).isEqualTo(ButtonData.YES);

        Dialog<?> escape = show(robot, d -> d.unsavedAlert("p.mlsd"));
        robot.push(KeyCode.ESCAPE);
        assertThat(answerData(escape)).isEqualTo(ButtonData.CANCEL_CLOSE);

        Dialog<?> discard = show(robot, d -> d.unsavedAlert("p.mlsd"));
        robot.push(KeyCode.ALT, KeyCode.D);
        assertThat(answerData(discard)).isEqualTo(ButtonData.NO);

        Dialog<?> saveAs = show(robot, d -> d.outsideChangeAlert("p.mlsd"));
        robot.push(KeyCode.ALT, KeyCode.A);
        assertThat(answerData(saveAs)).isEqualTo(ButtonData.OTHER);
    }

    @Test
    void aDialogWithOnlyOkClosesOnEscAndOnEnter(FxRobot robot) {
        Dialog<?> about = show(robot, FxDialogs::aboutAlert);
        robot.push(KeyCode.ESCAPE);
        assertThat(answerData(about)).isEqualTo(ButtonData.OK_DONE);
        Dialog<?> error = show(robot, d -> d.errorAlert("Could not open", "Not JSON"));
        robot.push(KeyCode.ENTER);
        assertThat(answerData(error)).isEqualTo(ButtonData.OK_DONE);
    }

    @Test
    void theTemplateChooserIsAListTheArrowsWalkAndEnterTakes(FxRobot robot) {
        Dialog<?> chooser = show(robot, d -> d.templateChooser("Choose", app.templates.entries(), app.templates.defaultTemplate().id()));
        assertThat(onFx(() -> dialogFocusOwner(chooser))).isInstanceOf(ListView.class);
        int first = onFx(() -> ((ListView<?>) dialogFocusOwner(chooser)).getSelectionModel().getSelectedIndex());
        robot.push(KeyCode.DOWN);
        int second = onFx(() -> ((ListView<?>) dialogFocusOwner(chooser)).getSelectionModel().getSelectedIndex());
        assertThat(second).isEqualTo(first + 1);
        Template expected = app.templates.entries().get(second).template();
        robot.push(KeyCode.ENTER);
        assertThat(((Template) answer(chooser)).id()).isEqualTo(expected.id());

        Dialog<?> cancelled = show(robot, d -> d.templateChooser("Choose", app.templates.entries(), app.templates.defaultTemplate().id()));
        robot.push(KeyCode.ESCAPE);
        assertThat(answer(cancelled)).isNull();
    }

    @Test
    void theAnswerRoomTakesTypedDigitsAndEnter(FxRobot robot) {
        Dialog<?> room = show(robot, d -> d.answerRoomDialog(4096));
        assertThat(onFx(() -> dialogFocusOwner(room))).isInstanceOf(TextField.class);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("8000");
        robot.push(KeyCode.ENTER);
        assertThat(answer(room)).isEqualTo("8000");
    }

    @Test
    void theDestinationsChoiceIsMadeWithArrowsAndTheSwitchWithItsLetter(FxRobot robot) {
        Dialog<?> where = show(robot, d -> d.destinationsDialog(app.templates.defaultTemplate(),
                List.of(new dev.mlsd.composer.ui.dialog.Dialogs.LeftBehind("old", "Old section", "text"))));
        assertThat(onFx(() -> dialogFocusOwner(where))).isInstanceOf(ComboBox.class);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.S);
        @SuppressWarnings("unchecked")
        Map<String, String> chosen = (Map<String, String>) answer(where);
        assertThat(chosen).containsEntry("old", app.templates.defaultTemplate().slots().get(0).id());
    }

    @Test
    void theImportDialogTakesItsRadioLetterAndEnter(FxRobot robot) {
        Dialog<?> imported = show(robot, d -> (Dialog<?>) AllDialogs.build(d, app.templates).get("import"));
        robot.push(KeyCode.ALT, KeyCode.T);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.ENTER);
        assertThat(((ImportProposal.Decision) answer(imported)).intoThisProject()).isTrue();
    }

    @Test
    void theTemplateEditorSavesWithItsLetterAndClosesOnEsc(FxRobot robot) {
        TemplateEditorWindow editor = onFx(() -> {
            TemplateEditorWindow window = new TemplateEditorWindow(app.window.stage(), app.window.model(), app.templates,
                    new dev.mlsd.composer.ui.concurrent.Background(), app.messages, s -> { }, () -> app.templates.reload());
            window.show();
            return window;
        });
        robot.targetWindow(editor.stage());
        waitUntil(() -> !editor.saveButton().isDisabled() && editor.source().isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        assertThat(onFx(() -> editor.source().isFocused())).as("Ctrl+Tab leaves the source").isFalse();
        robot.push(KeyCode.ALT, KeyCode.S);
        waitUntil(() -> app.templates.entries().stream().anyMatch(e -> !e.builtIn()));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !editor.stage().isShowing());
    }

    @Test
    void theFindBarsOptionsHaveLettersAndEscClosesIt(FxRobot robot) {
        robot.clickOn(app.window.editors().get(0).area());
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(Node::isFocused).orElse(false));
        // A check box's letter takes the focus to it (JavaFX's way), and Space ticks it.
        robot.push(KeyCode.ALT, KeyCode.C);
        waitUntil(() -> robot.lookup("#find-match-case").queryAs(CheckBox.class).isFocused());
        robot.push(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#find-match-case").queryAs(CheckBox.class).isSelected());
        robot.push(KeyCode.ALT, KeyCode.W);
        robot.push(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#find-whole-word").queryAs(CheckBox.class).isSelected());
        robot.push(KeyCode.TAB);
        assertThat(onFx(() -> robot.lookup("#find-regex").query().isFocused())).as("Tab goes on to the next option").isTrue();
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(n -> !n.isVisible() || n.getScene() == null).orElse(true));
    }

    @Test
    void everyButtonOfADialogHasItsOwnLetterInBothLanguages() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            List<String> problems = onFx(() -> {
                app.messages.setLocale(language);
                List<String> found = new ArrayList<>();
                for (Map.Entry<String, Dialog<?>> dialog : AllDialogs.build(new FxDialogs(app.messages, null, "1"), app.templates).entrySet()) {
                    Set<Character> letters = new HashSet<>();
                    for (ButtonType type : dialog.getValue().getDialogPane().getButtonTypes()) {
                        Button button = (Button) dialog.getValue().getDialogPane().lookupButton(type);
                        String text = button.getText();
                        int mark = text.indexOf('_');
                        if (!button.isMnemonicParsing() || mark < 0 || mark == text.length() - 1 || text.indexOf('_', mark + 1) >= 0) {
                            found.add(dialog.getKey() + ": \"" + text + "\" has no single letter");
                        } else if (!letters.add(Character.toLowerCase(text.charAt(mark + 1)))) {
                            found.add(dialog.getKey() + ": \"" + text + "\" repeats the letter " + text.charAt(mark + 1));
                        }
                    }
                }
                return found;
            });
            assertThat(problems).as("in %s", language).isEmpty();
        }
    }

    private static Node dialogFocusOwner(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene().getFocusOwner();
    }
}

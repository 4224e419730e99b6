package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.AccessibleTexts;
import dev.mlsd.composer.testing.AllDialogs;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Dialog;
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

/** Every control of the window and of each dialog has a name a screen reader can say, in both languages. */
@ExtendWith(ApplicationExtension.class)
class AccessibleTextsTest {

    @TempDir
    Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private List<String> missingInMainWindow() {
        return onFx(() -> AccessibleTexts.missing(app.window.stage().getScene().getRoot()));
    }

    @Test
    void theWalkFindsAControlWithoutANameAndAcceptsALabelPointingAtIt() {
        List<String> missing = onFx(() -> {
            javafx.scene.control.TextField unnamed = new javafx.scene.control.TextField();
            javafx.scene.control.TextField labelled = new javafx.scene.control.TextField();
            javafx.scene.control.Label label = new javafx.scene.control.Label("Tokens:");
            label.setLabelFor(labelled);
            javafx.scene.control.Button icon = new javafx.scene.control.Button();
            javafx.scene.control.Button named = new javafx.scene.control.Button("_Save");
            return AccessibleTexts.missing(new javafx.scene.layout.VBox(unnamed, label, labelled, icon, named,
                    new javafx.scene.control.ListView<String>()));
        });
        assertThat(missing).hasSize(3).anyMatch(m -> m.startsWith("TextField")).anyMatch(m -> m.startsWith("Button"))
                .anyMatch(m -> m.startsWith("ListView"));
    }

    @Test
    void everyControlOfTheMainWindowHasAnAccessibleTextWithTheFindBarOpenToo(FxRobot robot) {
        assertThat(missingInMainWindow()).isEmpty();
        robot.clickOn(app.window.editors().get(0).area());
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().isPresent());
        assertThat(missingInMainWindow()).isEmpty();
        app.choose("language-ru");
        assertThat(missingInMainWindow()).isEmpty();
    }

    @Test
    void everyControlOfEachDialogHasAnAccessibleText() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            List<String> missing = onFx(() -> {
                app.messages.setLocale(language);
                List<String> found = new ArrayList<>();
                FxDialogs dialogs = new FxDialogs(app.messages, app.window.stage(), "1.0");
                for (Map.Entry<String, Dialog<?>> dialog : AllDialogs.build(dialogs, app.templates).entrySet()) {
                    dialog.getValue().initModality(Modality.NONE);
                    dialog.getValue().show();
                    AccessibleTexts.missing(dialog.getValue().getDialogPane()).forEach(m -> found.add(dialog.getKey() + ": " + m));
                    dialog.getValue().setResult(null);
                    dialog.getValue().close();
                }
                return found;
            });
            assertThat(missing).as("in %s", language).isEmpty();
        }
    }

    @Test
    void everyControlOfTheTemplateEditorPaletteAndShortcutsPageHasAnAccessibleText(FxRobot robot) {
        for (String action : List.of("template.editCopy", "view.commandPalette", "help.shortcuts")) {
            int before = onFx(() -> Window.getWindows().size());
            robot.interact(() -> app.window.actions().action(action).run());
            waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing).count() > 1);
            List<String> missing = onFx(() -> {
                List<String> found = new ArrayList<>();
                for (Window window : List.copyOf(Window.getWindows())) {
                    if (window != app.window.stage() && window.isShowing()) {
                        AccessibleTexts.missing(window.getScene().getRoot()).forEach(m -> found.add(action + ": " + m));
                        ((Stage) window).close();
                    }
                }
                return found;
            });
            assertThat(missing).isEmpty();
            assertThat(before).isPositive();
        }
    }
}

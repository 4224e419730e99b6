package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.action.CommandPalette;
import dev.mlsd.composer.ui.action.PaletteEntry;
import dev.mlsd.composer.ui.action.ShortcutsWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The command palette and the shortcuts page on screen, driven by keys only. Both once froze the
 * test thread under Monocle: the palette's stage was shown without its scene, so its first pulse
 * waited for a paint that never came (and no real user ever saw the palette either).
 */
@ExtendWith(ApplicationExtension.class)
// Were the freeze back, the test thread would wait for the FX thread for ever: a time limit makes it a failure.
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PaletteAndShortcutsWindowTest {

    @TempDir
    Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    /** The shown window whose scene root has {@code styleClass}, if any. */
    static Optional<Window> shown(String styleClass) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot().getStyleClass().contains(styleClass))
                .findFirst());
    }

    private ListView<PaletteEntry> paletteList() {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<PaletteEntry> list = (ListView<PaletteEntry>) shown(CommandPalette.STYLE_CLASS).orElseThrow().getScene()
                    .lookup("#palette-list");
            return list;
        });
    }

    private void openPalette(FxRobot robot) {
        robot.clickOn(app.window.editors().get(0).area());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        waitUntil(() -> shown(CommandPalette.STYLE_CLASS).map(w -> w.getScene().getFocusOwner() instanceof TextField).orElse(false));
        // TestFX types into its target window; Monocle does not always report the new stage as focused.
        robot.targetWindow(shown(CommandPalette.STYLE_CLASS).orElseThrow());
    }

    @Test
    void ctrlShiftPOpensThePaletteATypedFilterNarrowsItAndEnterRunsTheAction(FxRobot robot) {
        putOnClipboard("before");
        robot.clickOn(app.window.editors().get(0).area());
        robot.write("palette text");
        openPalette(robot);
        int everything = onFx(() -> paletteList().getItems().size());
        robot.write("copy prompt");
        waitUntil(() -> paletteList().getItems().size() < everything);
        assertThat(onFx(() -> paletteList().getSelectionModel().getSelectedItem().name())).isEqualTo("Copy prompt");
        robot.push(KeyCode.ENTER);
        String prompt = onFx(() -> app.window.model().promptText());
        assertThat(prompt).contains("palette text");
        waitUntil(() -> prompt.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(shown(CommandPalette.STYLE_CLASS)).as("the palette closes when it runs an action").isEmpty();
    }

    @Test
    void aRussianFilterFindsTheRussianNameAndEscClosesWithoutRunning(FxRobot robot) {
        app.choose("language-ru");
        assertThat(onFx(() -> app.window.settings().get().theme())).isNotEqualTo(Settings.Theme.DARK);
        openPalette(robot);
        assertThat(onFx(() -> ((Stage) shown(CommandPalette.STYLE_CLASS).orElseThrow()).getTitle())).isEqualTo("Палитра команд");
        robot.write("тёмн");
        waitUntil(() -> paletteList().getSelectionModel().getSelectedItem() != null
                && paletteList().getSelectionModel().getSelectedItem().name().contains("Тёмная"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> shown(CommandPalette.STYLE_CLASS).isEmpty());
        assertThat(onFx(() -> app.window.settings().get().theme())).as("Esc runs nothing").isNotEqualTo(Settings.Theme.DARK);

        openPalette(robot);
        assertThat(onFx(() -> ((TextField) shown(CommandPalette.STYLE_CLASS).orElseThrow().getScene().lookup("#palette-query"))
                .getText())).as("the palette opens with an empty query").isEmpty();
        robot.write("тёмн");
        waitUntil(() -> paletteList().getSelectionModel().getSelectedItem() != null
                && paletteList().getSelectionModel().getSelectedItem().name().contains("Тёмная"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> app.window.settings().get().theme() == Settings.Theme.DARK);
        assertThat(shown(CommandPalette.STYLE_CLASS)).isEmpty();
    }

    @Test
    void helpKeyboardShortcutsListsTheCataloguesKeysAndEscClosesIt(FxRobot robot) {
        app.choose("menu-help-shortcuts");
        waitUntil(() -> shown("shortcuts-page").isPresent());
        List<String> shownKeys = onFx(() -> shown("shortcuts-page").orElseThrow().getScene().getRoot()
                .lookupAll("." + ShortcutsWindow.KEYS_CLASS).stream().map(n -> ((Label) n).getText())
                .filter(t -> !t.isEmpty()).flatMap(t -> List.of(t.split(", ")).stream()).toList());
        List<String> declared = onFx(() -> app.window.actions().declaredKeys().stream().map(e -> e.getKey().getDisplayText()).toList());
        assertThat(declared).contains("Ctrl+S", "Ctrl+Shift+P", "Ctrl+F");
        assertThat(shownKeys).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(onFx(() -> ((Stage) shown("shortcuts-page").orElseThrow()).getTitle())).isEqualTo("Keyboard shortcuts");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> shown("shortcuts-page").isEmpty());
    }

    private static void putOnClipboard(String text) {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
    }
}

package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.action.ActionIcon;
import dev.mlsd.composer.ui.action.AppAction;
import dev.mlsd.composer.ui.action.MenuBarFactory;
import dev.mlsd.composer.ui.action.PaletteEntries;
import dev.mlsd.composer.ui.action.PaletteEntry;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.action.ToolBarFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
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

/** The toolbar and the command palette, made from the window's catalogue, used as a user would. */
@ExtendWith(ApplicationExtension.class)
class ToolbarAndPaletteTest {

    @TempDir
    static Path config;

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private List<ButtonBase> toolButtons() {
        return onFx(() -> ((ToolBar) app.window.stage().getScene().lookup(".app-toolbar")).getItems().stream()
                .filter(n -> !(n instanceof Separator)).map(ButtonBase.class::cast).toList());
    }

    @Test
    void theToolbarIsTheShapesDeclaredActionsWithIconsTooltipsAndAccessibleTexts() {
        List<String> declared = onFx(() -> WindowToolbar.shape().stream().filter(id -> !ToolBarFactory.SEPARATOR.equals(id))
                .filter(id -> app.window.actions().actions().stream().anyMatch(a -> a.id().equals(id))
                        || app.window.actions().families().stream().anyMatch(f -> f.id().equals(id)))
                .toList());
        assertThat(declared).startsWith("file.new", "file.open", "file.save", "edit.copyPrompt");
        List<ButtonBase> buttons = toolButtons();
        assertThat(buttons).extracting(b -> b.getProperties().get(MenuBarFactory.ACTION)).containsExactlyElementsOf(declared);
        for (ButtonBase button : buttons) {
            String id = (String) button.getProperties().get(MenuBarFactory.ACTION);
            if (app.window.actions().families().stream().anyMatch(f -> f.id().equals(id))) {
                // A family (the theme) is a menu button of its members, named by the family's description.
                assertThat(button.getAccessibleText()).isNotBlank();
                assertThat(((ActionIcon) button.getGraphic()).code()).isEqualTo(app.window.actions().family(id).icon());
                continue;
            }
            AppAction action = app.window.actions().action(id);
            String name = onFx(() -> app.messages.get(action.nameKey()).replace("_", ""));
            assertThat(button.getId()).isEqualTo(ToolBarFactory.buttonId(action.id()));
            assertThat(button.getAccessibleText()).isEqualTo(name);
            assertThat(button.getTooltip().getText()).isEqualTo(name + " (" + action.accelerator().getDisplayText() + ")");
            if (action.icon() != null) {
                assertThat(button.getGraphic()).isInstanceOf(ActionIcon.class);
                assertThat(((ActionIcon) button.getGraphic()).code()).isEqualTo(action.icon());
            }
        }
        assertThat(buttons.get(2).getTooltip().getText()).isEqualTo("Save (Ctrl+S)");
    }

    @Test
    void tooltipsAndAccessibleTextsFollowTheLanguage() {
        app.choose("language-ru");
        ButtonBase save = toolButtons().get(2);
        assertThat(save.getTooltip().getText()).isEqualTo("Сохранить (Ctrl+S)");
        assertThat(save.getAccessibleText()).isEqualTo("Сохранить");
    }

    @Test
    void theCopyButtonCopiesThePromptAndTheSaveButtonSaves(FxRobot robot) throws Exception {
        putOnClipboard("before");
        robot.clickOn(app.window.editors().get(0).area());
        robot.write("toolbar text");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ToolBarFactory.buttonId("edit.copyPrompt"));
        String prompt = onFx(() -> app.window.model().promptText());
        waitUntil(() -> prompt.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(prompt).contains("toolbar text");

        Path file = dir.resolve("tool.mlsd");
        app.files.saveAs(file);
        robot.clickOn("#" + ToolBarFactory.buttonId("file.save"));
        waitUntil(() -> !app.window.model().isDirty());
        assertThat(Files.readString(file)).contains("toolbar text");
    }

    private List<PaletteEntry> entries(Locale language) {
        return onFx(() -> new PaletteEntries(app.window.actions(), new Messages(language)).now());
    }

    private static List<String> names(List<PaletteEntry> entries) {
        return entries.stream().map(PaletteEntry::name).toList();
    }

    @Test
    void thePaletteListsEveryActionAndFamilyMemberWithItsKeys() {
        List<PaletteEntry> all = entries(Locale.ENGLISH);
        int members = onFx(() -> app.window.actions().families().stream().mapToInt(f -> f.members().size()).sum());
        assertThat(all).hasSize(app.window.actions().actions().size() + members);
        assertThat(names(all)).contains("Save", "Copy prompt", "Keyboard shortcuts", "Command palette…", "English", "Русский");
        assertThat(all).filteredOn(e -> e.name().equals("Command palette…")).extracting(PaletteEntry::keys).containsExactly("Ctrl+Shift+P");
        assertThat(all).filteredOn(e -> e.id().equals("view.goToSection")).first().extracting(PaletteEntry::keys).isEqualTo("Ctrl+1");
    }

    @Test
    void savPutsSaveAndSaveAsFirstAndARussianQueryWorksInEitherLanguage() {
        assertThat(names(PaletteEntry.filter(entries(Locale.ENGLISH), "sav"))).startsWith("Save", "Save As…");
        assertThat(names(PaletteEntry.filter(entries(Locale.ENGLISH), "сохр"))).startsWith("Save", "Save As…");
        List<PaletteEntry> russian = entries(Locale.forLanguageTag("ru"));
        assertThat(names(PaletteEntry.filter(russian, "сохр"))).startsWith("Сохранить", "Сохранить как…");
        assertThat(names(PaletteEntry.filter(russian, "save as"))).first().isEqualTo("Сохранить как…");
    }

    @Test
    void runningAnEntryRunsItsActionAndADisabledOneIsNotRun() {
        putOnClipboard("before");
        PaletteEntry undoSwitch = PaletteEntry.filter(entries(Locale.ENGLISH), "undo template switch").get(0);
        assertThat(undoSwitch.name()).isEqualTo("Undo template switch");
        assertThat(onFx(undoSwitch::isEnabled)).isFalse();
        PaletteEntry copy = PaletteEntry.filter(entries(Locale.ENGLISH), "cpprom").get(0);
        assertThat(copy.name()).isEqualTo("Copy prompt");
        assertThat(onFx(copy::isEnabled)).isTrue();
        onFx(() -> {
            copy.run().run();
            return null;
        });
        String prompt = onFx(() -> app.window.model().promptText());
        waitUntil(() -> prompt.equals(Clipboard.getSystemClipboard().getString()));
    }

    private static void putOnClipboard(String text) {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
    }

}

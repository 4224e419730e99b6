package dev.mlsd.composer.ui.editor;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spell-check in the real window: the real dictionaries (read off the FX thread after the first
 * frame), the real user dictionary file in the config folder, the real context menu.
 */
@ExtendWith(ApplicationExtension.class)
class SpellingUnderlinesTest {

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH);
    }

    /** Waits for {@code condition} on the FX thread; the dictionaries take seconds to read on a loaded machine. */
    private static void waitUntil(BooleanSupplier condition) {
        WindowHarness.waitUntil(condition, 60);
    }

    private SectionEditor editor() {
        return app.window.editors().get(0);
    }

    /** The underlined runs of text of an area, in order. */
    private static List<String> underlined(StyleClassedTextArea area) {
        return onFx(() -> {
            List<String> words = new ArrayList<>();
            int at = 0;
            int runStart = -1;
            for (var span : area.getStyleSpans(0, area.getLength())) {
                boolean on = span.getStyle().contains(SpellingUnderlines.STYLE_CLASS);
                if (on && runStart < 0) {
                    runStart = at;
                } else if (!on && runStart >= 0) {
                    words.add(area.getText(runStart, at));
                    runStart = -1;
                }
                at += span.getLength();
            }
            if (runStart >= 0) {
                words.add(area.getText(runStart, at));
            }
            return words;
        });
    }

    /** Sets the text of the first section and waits until it is checked. */
    private void typeAndWait(FxRobot robot, String text) {
        robot.interact(() -> editor().area().replaceText(text));
        waitUntil(() -> app.window.spelling().checker() != null && editor().spellingUnderlines().isIdle());
    }

    /**
     * Asks for the context menu on {@code word} of the first section as the keyboard does (the
     * caret in the word, then the menu key); a right click differs only in placing the caret.
     */
    private ContextMenu contextMenuOn(FxRobot robot, String word) {
        SectionArea area = editor().area();
        robot.interact(() -> {
            area.moveTo(area.getText().indexOf(word) + 1);
            Bounds screen = area.localToScreen(area.getBoundsInLocal());
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    screen.getMinX() + 10, screen.getMinY() + 10, true, null));
        });
        ContextMenu menu = onFx(() -> editor().spellingMenu().menu());
        waitUntil(menu::isShowing);
        return menu;
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return onFx(() -> menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + menu.getItems().stream().map(MenuItem::getId).toList())));
    }

    private static void choose(FxRobot robot, ContextMenu menu, String id) {
        MenuItem item = item(menu, id);
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });
    }

    @Test
    void anAnswerIsSpellCheckedAsTheSectionsAre(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("## Baseline\nЛогистическая регрессия на признаках скоринга; модэль CatBoost потом.");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.interact(() -> app.window.actions().action("edit.pasteAnswer").run());
        var editor = app.window.answers().editor();
        waitUntil(() -> editor.area().getText().contains("модэль"));
        waitUntil(() -> app.window.spelling().checker() != null && editor.spellingUnderlines().isIdle()
                && !underlined(editor.area()).isEmpty());
        assertThat(underlined(editor.area())).containsExactly("модэль");
        assertThat(onFx(() -> editor.area().getStyleAtPosition(4))).as("the Markdown look is kept").contains("md-heading");
    }

    @Test
    void aMisspeltWordIsUnderlinedAndCorrectRussianAndEnglishWithDomainWordsAreNot(FxRobot robot) {
        typeAndWait(robot, "Модель скоринга на CatBoost улучшает ROC-AUC относительно baseline, latency в норме.\n\n"
                + "The pipeline trains a classifier on the datasett every night.\n\n"
                + "Код `datasett` и ссылка https://example.com/datasett не проверяются.");
        assertThat(underlined(editor().area())).containsExactly("datasett");
        // Drawn as a wave, and not as a check's: the theme's colour from app.css, on that word's text only.
        List<TextExt> drawn = onFx(() -> {
            editor().area().applyCss();
            editor().area().layout();
            return editor().area().lookupAll(".text").stream().filter(TextExt.class::isInstance).map(TextExt.class::cast)
                    .filter(t -> t.getUnderlineColor() != null).toList();
        });
        assertThat(drawn).extracting(TextExt::getText).containsExactly("datasett");
        assertThat(drawn.get(0).getUnderlineWaveRadius().doubleValue()).isEqualTo(1.5);
        assertThat(drawn.get(0).getStyleClass()).contains(SpellingUnderlines.STYLE_CLASS).noneMatch(c -> c.startsWith("lint-"));
    }

    @Test
    void aSuggestionFromTheContextMenuReplacesTheWordInOneUndoStep(FxRobot robot) {
        typeAndWait(robot, "Модель с Метрекой качества.");
        assertThat(underlined(editor().area())).containsExactly("Метрекой");
        ContextMenu menu = contextMenuOn(robot, "Метрекой");
        waitUntil(() -> menu.getItems().stream().anyMatch(i -> "spelling-suggestion-0".equals(i.getId())));
        List<String> offered = onFx(() -> menu.getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("spelling-suggestion-"))
                .map(MenuItem::getText).toList());
        assertThat(offered).hasSizeBetween(1, 5).contains("Метрикой");
        String id = onFx(() -> menu.getItems().stream().filter(i -> "Метрикой".equals(i.getText())).findFirst().orElseThrow().getId());
        choose(robot, menu, id);
        assertThat(onFx(() -> editor().area().getText())).isEqualTo("Модель с Метрикой качества.");
        waitUntil(() -> editor().spellingUnderlines().isIdle() && underlined(editor().area()).isEmpty());
        robot.interact(() -> editor().area().undo());
        assertThat(onFx(() -> editor().area().getText())).isEqualTo("Модель с Метрекой качества.");
        assertThat(onFx(() -> app.window.model().document().text(editor().slot().id()))).isEqualTo("Модель с Метрекой качества.");
    }

    @Test
    void addToDictionaryWritesTheFileAndRemovesTheUnderlineAndRemoveBringsItBack(FxRobot robot) throws Exception {
        typeAndWait(robot, "Наш зюзяблик работает.");
        assertThat(underlined(editor().area())).containsExactly("зюзяблик");
        Path file = dir.resolve("config").resolve("dictionary.txt");

        choose(robot, contextMenuOn(robot, "зюзяблик"), "spelling-add");
        waitUntil(() -> underlined(editor().area()).isEmpty());
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("зюзяблик");

        ContextMenu menu = contextMenuOn(robot, "зюзяблик");
        assertThat(onFx(() -> menu.getItems().stream().map(MenuItem::getId).toList()))
                .contains("spelling-remove", "spelling-cut", "spelling-paste").doesNotContain("spelling-add");
        choose(robot, menu, "spelling-remove");
        waitUntil(() -> underlined(editor().area()).equals(List.of("зюзяблик")));
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void ignoreTakesTheUnderlineAwayForThisSessionWithoutTouchingTheFile(FxRobot robot) {
        typeAndWait(robot, "Word one: glorbix. Word two: glorbix.");
        assertThat(underlined(editor().area())).containsExactly("glorbix", "glorbix");
        choose(robot, contextMenuOn(robot, "glorbix"), "spelling-ignore");
        waitUntil(() -> underlined(editor().area()).isEmpty());
        assertThat(dir.resolve("config").resolve("dictionary.txt")).doesNotExist();
    }

    @Test
    void checkSpellingTurnsEveryUnderlineOffAndOnAndIsRemembered(FxRobot robot) throws Exception {
        typeAndWait(robot, "Первая ашибка здесь.");
        robot.interact(() -> app.window.editors().get(1).area().replaceText("Second mistaek here."));
        waitUntil(() -> app.window.editors().get(1).spellingUnderlines().isIdle()
                && underlined(app.window.editors().get(1).area()).equals(List.of("mistaek")));
        assertThat(underlined(editor().area())).containsExactly("ашибка");

        app.choose("menu-view-spellCheck");
        waitUntil(() -> app.window.editors().stream().allMatch(e -> underlined(e.area()).isEmpty()));
        waitUntil(() -> !app.settings.load().spellCheck());
        assertThat(Files.readString(app.settings.file())).contains("\"spellCheck\" : false");
        robot.interact(() -> editor().area().appendText(" Ещё адна."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(underlined(editor().area())).as("nothing is checked while it is off").isEmpty();

        app.choose("menu-view-spellCheck");
        waitUntil(() -> underlined(editor().area()).equals(List.of("ашибка", "адна"))
                && underlined(app.window.editors().get(1).area()).equals(List.of("mistaek")));
        waitUntil(() -> app.settings.load().spellCheck());
    }

    @Test
    void aWindowStartsWithSpellCheckOffWhenTheSettingsSaySo(FxRobot robot) throws Exception {
        Path config = dir.resolve("other");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"spellCheck\": false}");
        WindowHarness next = onFx(() -> new WindowHarness(new Stage(), config, Locale.ENGLISH));
        robot.interact(() -> next.window.editors().get(0).area().replaceText("Ошибкка."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(underlined(next.window.editors().get(0).area())).isEmpty();
        assertThat(onFx(() -> next.window.spelling().checker())).as("no dictionaries read while it is off").isNull();
        javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) onFx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) next.window.stage().getScene().lookup(".menu-bar");
            return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-view-spellCheck".equals(i.getId()))
                    .findFirst().orElseThrow();
        });
        assertThat(onFx(item::isSelected)).isFalse();
        robot.interact(item::fire);
        assertThat(onFx(item::isSelected)).isTrue();
        waitUntil(() -> underlined(next.window.editors().get(0).area()).equals(List.of("Ошибкка")));
        robot.interact(() -> next.window.stage().close());
    }
}

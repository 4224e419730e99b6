package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.action.ActionCatalogue;
import dev.mlsd.composer.ui.action.ActionFamily;
import dev.mlsd.composer.ui.action.AppAction;
import dev.mlsd.composer.ui.action.MenuBarFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's one catalogue of actions, and the menus made from it. */
@ExtendWith(ApplicationExtension.class)
class WindowActionsTest {

    @TempDir
    static Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private ActionCatalogue catalogue() {
        return app.window.actions();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WindowActionsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyActionHasItsNameAndDescriptionInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (AppAction action : catalogue().actions()) {
            keys.add(action.nameKey());
            keys.add(action.descriptionKey());
        }
        for (ActionFamily<?> family : catalogue().families()) {
            keys.add(family.descriptionKey());
            keys.addAll(family.nameKeys());
        }
        assertThat(keys).hasSizeGreaterThan(60);
        for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
            Set<String> present = bundle(bundle).stringPropertyNames();
            assertThat(present).as(bundle).containsAll(keys);
        }
    }

    @Test
    void noTwoActionsShareAKey() {
        List<Map.Entry<KeyCombination, String>> keys = catalogue().declaredKeys();
        Map<KeyCombination, List<String>> byKey = keys.stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(byKey.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList()).isEmpty();
        assertThat(keys).extracting(Map.Entry::getValue).contains("file.save", "edit.copyPrompt", "view.goToSection");
    }

    @Test
    void everyMenuItemComesFromTheCatalogueAndEveryKeyedActionIsInTheMenus() {
        Set<String> declared = new HashSet<>();
        catalogue().actions().forEach(a -> declared.add(a.id()));
        catalogue().families().forEach(f -> declared.add(f.id()));
        List<MenuItem> items = onFx(() -> {
            List<MenuItem> all = new ArrayList<>();
            MenuBar bar = (MenuBar) app.window.stage().getScene().lookup(".menu-bar");
            bar.getMenus().forEach(m -> collect(m, all));
            return all;
        });
        assertThat(items).hasSizeGreaterThan(25);
        Set<Object> shown = new HashSet<>();
        for (MenuItem item : items) {
            Object source = item.getProperties().get(MenuBarFactory.ACTION);
            assertThat(source).as("menu item %s", item.getId()).isNotNull();
            assertThat(declared).contains((String) source);
            shown.add(source);
        }
        for (AppAction action : catalogue().actions()) {
            if (action.accelerator() != null && !action.editorKeys()) {
                assertThat(shown).as("%s has keys, so its menu item carries them", action.id()).contains(action.id());
            }
        }
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else if (!(item instanceof SeparatorMenuItem)) {
                into.add(item);
            }
        }
    }

    @Test
    void shortcutNumberPutsTheCaretInThatSectionFromTheFamily(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> app.window.editors().get(2).area().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> app.window.editors().get(0).area().isFocused());
        assertThat(onFx(() -> app.window.editorColumn().shownSlots().size())).isEqualTo(3);
    }

    @Test
    void alternateKeysAndFamilyKeysAreInstalledOnTheScene() {
        boolean[] ran = new boolean[2];
        javafx.collections.ObservableList<String> members = javafx.collections.FXCollections.observableArrayList("a", "b");
        ActionCatalogue own = new ActionCatalogue()
                .add(AppAction.of("view.zoomIn", () -> ran[0] = true).keys("Shortcut+EQUALS", "Shortcut+ADD").build())
                .add(ActionFamily.of("view.pick", members, m -> m, dev.mlsd.composer.ui.action.ActionName::literal, m -> ran[1] = "b".equals(m))
                        .keys(2, i -> KeyCombination.keyCombination("Alt+" + (i + 1))).build());
        javafx.scene.Scene scene = onFx(() -> {
            javafx.scene.Scene s = new javafx.scene.Scene(new javafx.scene.Group());
            own.installKeys(s);
            return s;
        });
        assertThat(scene.getAccelerators()).containsKeys(KeyCombination.keyCombination("Shortcut+ADD"), KeyCombination.keyCombination("Alt+2"))
                .doesNotContainKey(KeyCombination.keyCombination("Shortcut+EQUALS"));
        onFx(() -> {
            scene.getAccelerators().get(KeyCombination.keyCombination("Shortcut+ADD")).run();
            scene.getAccelerators().get(KeyCombination.keyCombination("Alt+2")).run();
            return null;
        });
        assertThat(ran).containsExactly(true, true);
    }

    @Test
    void anActionDeclaredTwiceIsRefused() {
        ActionCatalogue own = new ActionCatalogue().add(AppAction.of("file.save", () -> { }).build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.add(AppAction.of("file.save", () -> { }).build()))
                .hasMessageContaining("file.save");
    }
}

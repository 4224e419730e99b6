package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.action.ActionCatalogue;
import dev.mlsd.composer.ui.action.ActionFamily;
import dev.mlsd.composer.ui.action.AppAction;
import dev.mlsd.composer.ui.action.ShortcutRows;
import dev.mlsd.composer.ui.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help → Keyboard shortcuts, and the README's shortcut table, both made from the catalogue. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsPageTest {

    private static final String README_START = "<!-- shortcuts: made from the action catalogue; ShortcutsPageTest checks it -->";
    private static final String README_END = "<!-- /shortcuts -->";

    @TempDir
    static Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private List<ShortcutRows.Group> groups(Locale language) {
        return onFx(() -> new ShortcutRows(app.window.actions(), new Messages(language)).groups(WindowMenus.shape(() -> { })));
    }

    @Test
    void thePageListsEveryKeyOfTheCatalogueGroupedByMenu() {
        List<ShortcutRows.Group> groups = groups(Locale.ENGLISH);
        List<String> shown = groups.stream().flatMap(g -> g.rows().stream()).flatMap(r -> r.keys().stream()).toList();
        List<String> declared = app.window.actions().declaredKeys().stream().map(e -> e.getKey().getDisplayText()).toList();
        assertThat(declared).contains("Ctrl+S", "Ctrl+Shift+P", "Ctrl+9");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(groups).extracting(ShortcutRows.Group::title).startsWith("File", "Edit", "View", "Template", "Help");
        assertThat(groups.stream().flatMap(g -> g.rows().stream()).map(ShortcutRows.Row::name).toList())
                .contains("Save As…", "Command palette…", "Keyboard shortcuts", "Put the cursor in the editor of a section");
        int listed = (int) groups.stream().flatMap(g -> g.rows().stream()).count();
        assertThat(listed).as("every action and family but the empty recent list's placeholder")
                .isEqualTo(app.window.actions().actions().size() + app.window.actions().families().size() - 1);
    }

    @Test
    void thePageSpeaksTheUiLanguage() {
        assertThat(groups(Locale.forLanguageTag("ru"))).extracting(ShortcutRows.Group::title).startsWith("Файл", "Правка", "Вид");
    }

    @Test
    void theReadmeTableIsTheCataloguesKeys() throws IOException {
        String expected = readmeTable(app.window.actions(), new Messages(Locale.ENGLISH));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/readme-shortcuts.md"), expected, StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        assertThat(start).as("README has the marked shortcut table").isNotNegative();
        assertThat(readme.substring(start + README_START.length(), end).strip())
                .as("README's shortcut table; the one made from the catalogue is in target/readme-shortcuts.md")
                .isEqualTo(expected.strip());
        Set<String> inReadme = Arrays.stream(readme.substring(start, end).split("`")).filter(s -> s.startsWith("Ctrl+"))
                .collect(Collectors.toSet());
        assertThat(inReadme).contains("Ctrl+S", "Ctrl+Shift+P", "Ctrl+1", "Ctrl+9");
    }

    /** The table: every action with keys, in the catalogue's order; a family's keys as a range. */
    private static String readmeTable(ActionCatalogue catalogue, Messages english) {
        List<String> lines = new ArrayList<>(List.of("| shortcut | action |", "|---|---|"));
        for (AppAction action : catalogue.actions()) {
            if (!action.keys().isEmpty()) {
                lines.add("| " + action.keys().stream().map(ShortcutsPageTest::code).collect(Collectors.joining(" / ")) + " | "
                        + english.get(action.descriptionKey()) + " |");
            }
        }
        for (ActionFamily<?> family : catalogue.families()) {
            List<KeyCombination> keys = family.keys();
            if (!keys.isEmpty()) {
                String shown = keys.size() > 2 ? code(keys.get(0)) + " … " + code(keys.get(keys.size() - 1))
                        : keys.stream().map(ShortcutsPageTest::code).collect(Collectors.joining(" / "));
                lines.add("| " + shown + " | " + english.get(family.descriptionKey()) + " |");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String code(KeyCombination key) {
        return "`" + key.getDisplayText() + "`";
    }

}

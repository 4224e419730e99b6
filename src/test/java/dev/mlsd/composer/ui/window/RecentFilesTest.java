package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.importer.FileDrop;
import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.testing.WindowHarness;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Open Recent, drag-and-drop, and the settings that remember them and the window. */
@ExtendWith(ApplicationExtension.class)
class RecentFilesTest {

    @TempDir
    static Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(dir.resolve("config/settings.json"));
        app = new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH);
    }

    private Path project(String name, String problem) throws Exception {
        Path file = dir.resolve(name);
        app.store.save(file, Project.create(app.templates.defaultTemplate(), Map.of("problem", problem), Instant.now()));
        return file;
    }

    private Menu recentMenu() {
        MenuBar bar = (MenuBar) app.window.stage().getScene().lookup(".menu-bar");
        return (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-recent".equals(i.getId())).findFirst().orElseThrow();
    }

    private List<String> recentItems() {
        return onFx(() -> recentMenu().getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
    }

    /** Chooses a File → Open Recent item (the menu's own popup mechanics are JavaFX's). */
    private void choose(FxRobot robot, String text) {
        robot.interact(() -> recentMenu().getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow().fire());
    }

    @Test
    void openedAndSavedFilesAreRememberedNewestFirstAndMissingOnesShownAndRemovable(FxRobot robot) throws Exception {
        assertThat(recentItems()).containsExactly("No recent files");
        Path a = project("a.mlsd", "A");
        Path b = project("b.mlsd", "B");
        robot.interact(() -> app.window.commands().open(a));
        waitUntil(() -> a.equals(app.window.model().file()));
        robot.interact(() -> app.window.commands().open(b));
        waitUntil(() -> b.equals(app.window.model().file()));
        waitUntil(() -> recentItems().size() == 4);
        assertThat(recentItems()).containsExactly(b.toString(), a.toString(), "Remove missing files", "Clear the list");
        waitUntil(() -> app.settings.load().recentFiles().equals(List.of(b, a)));

        Files.delete(a);
        robot.interact(() -> app.window.settings().refreshRecent());
        waitUntil(() -> recentItems().contains(a + " (missing)"));
        choose(robot, "Remove missing files");
        waitUntil(() -> recentItems().size() == 3);
        assertThat(recentItems()).containsExactly(b.toString(), "Remove missing files", "Clear the list");

        robot.interact(() -> app.window.commands().newProject());
        choose(robot, b.toString());
        waitUntil(() -> b.equals(app.window.model().file()));
    }

    @Test
    void aDroppedProjectFileIsOpenedAndOtherFilesAreIgnored(FxRobot robot) throws Exception {
        Path p = project("dropped.mlsd", "dropped text");
        Path text = Files.writeString(dir.resolve("picture.png"), "neither a project nor a document");
        assertThat(onFx(() -> app.window.drop().drop(List.of(text.toFile())))).isFalse();
        assertThat(onFx(() -> app.window.drop().drop(List.of(text.toFile(), new File(p.toString()))))).isTrue();
        waitUntil(() -> p.equals(app.window.model().file()));
        assertThat(app.window.editors().get(0).area().getText()).isEqualTo("dropped text");
        assertThat(FileDrop.projectFile(List.of(new File(".x.mlsd.123.mlsd-tmp")))).isEmpty();
    }

    @Test
    void theWindowsPlaceAndSizeAreRemembered(FxRobot robot) {
        robot.interact(() -> {
            app.window.stage().setX(40);
            app.window.stage().setY(30);
            app.window.stage().setWidth(1000);
            app.window.stage().setHeight(700);
        });
        waitUntil(() -> {
            Settings.WindowBounds saved = app.settings.load().window();
            return saved != null && saved.width() == 1000 && saved.height() == 700 && saved.x() == 40;
        });
    }
}

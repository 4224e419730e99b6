package dev.mlsd.composer.app;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real application class, started as {@code java -jar mlsd-composer.jar FILE} would start it. */
class ComposerAppTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private final java.util.Locale systemLocale = java.util.Locale.getDefault();

    @BeforeEach
    void configure() throws Exception {
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        System.setProperty("mlsd.configDir", dir.resolve("config").toString());
        System.setProperty("mlsd.stateDir", dir.resolve("state").toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("mlsd.configDir");
        System.clearProperty("mlsd.stateDir");
        java.util.Locale.setDefault(systemLocale);
    }

    @Test
    void opensTheFileGivenOnTheCommandLineInTheRememberedLanguage() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/settings.json"), "{\"language\": \"ru\"}");
        Path file = dir.resolve("churn.mlsd");
        new ProjectStore(new ProjectCodec(), new AtomicFileWriter()).save(file, Project.create(
                new TemplateLibrary(new TemplateParser()).defaultTemplate(),
                Map.of("problem", "Снизить отток", "data", "Биллинг"), Instant.now()));

        app = FxToolkit.setupApplication(ComposerApp.class, file.toString());
        waitUntil(() -> stage.isShowing() && stage.getTitle() != null);

        assertThat(stage.getTitle()).isEqualTo("MLSD Composer — churn.mlsd");
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(onFx(() -> menus.getMenus().get(0).getText())).isEqualTo("_Файл");
        assertThat(onFx(() -> robot.lookup(".section-area").queryAllAs(StyleClassedTextArea.class).stream()
                .map(StyleClassedTextArea::getText).toList())).containsExactly("Снизить отток", "", "Биллинг");
        assertThat(onFx(() -> robot.lookup(".preview-area").queryAs(StyleClassedTextArea.class).getText()))
                .contains("<section title=\"1. Постановка Задачи\">\nСнизить отток\n</section>");
    }

    @Test
    void aBrokenSettingsFileIsMovedAsideAndTheUserTold() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/settings.json"), "{\"language\": \"en\", \"window\": ");
        app = FxToolkit.setupApplication(ComposerApp.class);
        waitUntil(() -> stage.isShowing());
        String status = onFx(() -> robot.lookup(".status-message").queryLabeled().getText());
        assertThat(status).startsWith("The settings file was damaged; it was moved to " + dir.resolve("config/settings.broken-"))
                .endsWith(".json and the defaults are used");
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.broken-"));
        }
    }

    @Test
    void aBadFileOnTheCommandLineIsExplainedAndANewProjectShown() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/settings.json"), "{\"language\": \"en\"}");
        Path file = Files.writeString(dir.resolve("broken.mlsd"), "{\"formatVersion\": 1, \"template\": ");
        app = FxToolkit.setupApplication(ComposerApp.class, file.toString());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Cannot open “broken.mlsd”");
        assertThat(dialog.getContentText()).isEqualTo("The file is cut short: it ends too early, perhaps after an interrupted copy.");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.getTitle()).isEqualTo("MLSD Composer — Untitled");
    }
}

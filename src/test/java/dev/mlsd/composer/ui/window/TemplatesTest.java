package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.editor.SectionEditor;
import dev.mlsd.composer.ui.template.TemplateEditorWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Templates as data in the window: new from template, switching (and undoing it), library updates, the template editor. */
@ExtendWith(ApplicationExtension.class)
class TemplatesTest {

    static final String FIVE_SLOTS = "---\nid: full-doc\ntitle: Full design doc\nlanguage: en\ndescription: All five\nslots:\n"
            + "  - id: problem\n    title: Problem\n  - id: goals\n    title: Goals\n  - id: metrics\n    title: Metrics\n"
            + "  - id: data\n    title: Data\n  - id: risks\n    title: Risks\n---\n"
            + "P: {{problem}}\nG: {{goals}}\nM: {{metrics}}\nD: {{data}}\nR: {{risks}}\n";

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("config/templates"));
        Files.writeString(templates.resolve("full-doc.md"), FIVE_SLOTS);
        Files.writeString(templates.resolve("two.md"), "---\nid: two\ntitle: Two\nslots:\n  - id: problem\n    title: Problem\n"
                + "  - id: goals\n    title: Goals\n---\n{{problem}}\n{{goals}}\n");
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private List<String> editorTitles() {
        return onFx(() -> app.window.editors().stream().map(e -> e.slot().title()).toList());
    }

    private void type(FxRobot robot, int editor, String text) {
        robot.clickOn(app.window.editors().get(editor).area());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newFromTemplateOpensAProjectWhoseEditorsMatchTheTemplatesSlots(FxRobot robot) {
        app.dialogs.chooseTemplate("full-doc");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.window.model().template().id().equals("full-doc"));
        assertThat(editorTitles()).containsExactly("Problem", "Goals", "Metrics", "Data", "Risks");
        robot.interact(() -> app.window.editors().get(4).focusAt(0));
        robot.write("late delivery");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.preview().area().getText()).isEqualTo("P: \nG: \nM: \nD: \nR: late delivery\n");
    }

    @Test
    void switchingToATemplateWithTheSameSlotsCarriesTheTextOverAndCanBeUndone(FxRobot robot) {
        type(robot, 0, "Reduce churn");
        type(robot, 2, "Billing");
        app.dialogs.chooseTemplate("architecture-and-models.en");
        robot.interact(() -> app.window.templates().switchTemplate());
        waitUntil(() -> app.window.model().template().id().equals("architecture-and-models.en"));
        assertThat(app.dialogs.destinationsAsked).isEmpty();
        assertThat(app.window.preview().area().getText()).startsWith("# Prompt for generating")
                .contains("<section title=\"1. Problem Statement\">\nReduce churn\n</section>")
                .contains("<section title=\"3. Data\">\nBilling\n</section>");
        assertThat(app.window.model().isDirty()).isTrue();

        app.choose("menu-template-undoSwitch");
        waitUntil(() -> app.window.model().template().id().equals("architecture-and-models.ru"));
        assertThat(app.window.editors().get(0).area().getText()).isEqualTo("Reduce churn");
        assertThat(app.window.preview().area().getText()).startsWith("# Промпт");
    }

    @Test
    void textWithoutASlotInTheNewTemplateIsPlacedOrKeptAsDetachedTextNeverDropped(FxRobot robot) throws Exception {
        type(robot, 0, "the problem");
        type(robot, 1, "the metrics");
        type(robot, 2, "the data");
        app.dialogs.chooseTemplate("two").destinations(Optional.of(Map.of("metrics", "goals")));
        robot.interact(() -> app.window.templates().switchTemplate());
        waitUntil(() -> app.window.model().template().id().equals("two"));
        assertThat(app.dialogs.destinationsAsked.get(0)).extracting(l -> l.slotId()).containsExactly("metrics", "data");
        assertThat(editorTitles()).containsExactly("Problem", "Goals", "Detached text (not in the prompt): data");
        assertThat(app.window.editors().get(1).area().getText()).isEqualTo("the metrics");
        assertThat(app.window.editors().get(2).area().getText()).isEqualTo("the data");
        assertThat(app.window.preview().area().getText()).isEqualTo("the problem\nthe metrics\n");

        Path file = dir.resolve("switched.mlsd");
        app.files.saveAs(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());
        Project saved = app.store.load(file);
        assertThat(saved.templateId()).isEqualTo("two");
        assertThat(saved.sections()).containsEntry("data", "the data").containsEntry("goals", "the metrics");
    }

    @Test
    void cancellingTheQuestionLeavesTheProjectAsItWas(FxRobot robot) {
        type(robot, 2, "the data");
        app.dialogs.chooseTemplate("two").destinations(Optional.empty());
        robot.interact(() -> app.window.templates().switchTemplate());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.model().template().id()).isEqualTo("architecture-and-models.ru");
        assertThat(app.window.editors().get(2).area().getText()).isEqualTo("the data");
    }

    @Test
    void aProjectKeepsItsTemplateCopyAndOffersTheLibrarysNewerVersionWithoutApplyingIt(FxRobot robot) throws Exception {
        String older = FIVE_SLOTS.replace("R: {{risks}}\n", "Risks: {{risks}}\n");
        Template olderTemplate = app.templates.parse(older);
        Path file = dir.resolve("old-copy.mlsd");
        app.store.save(file, Project.create(olderTemplate, Map.of("risks", "skew"), Instant.now()));
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()));
        waitUntil(() -> app.window.templates().libraryVersionProperty().get() != null);
        assertThat(robot.lookup("#update-template").query().getParent().isVisible()).isTrue();
        assertThat(app.window.preview().area().getText()).as("rendered with its own copy").endsWith("Risks: skew\n");
        assertThat(app.window.model().isDirty()).isFalse();

        robot.interact(() -> app.window.templates().showLibraryDifferences());
        assertThat(app.dialogs.templateDiffsShown).containsExactly("Full design doc");

        robot.clickOn("#update-template");
        waitUntil(() -> app.window.preview().area().getText().endsWith("R: skew\n"));
        assertThat(app.window.model().isDirty()).isTrue();
        assertThat(app.window.model().template().source()).isEqualTo(FIVE_SLOTS);
        waitUntil(() -> app.window.templates().libraryVersionProperty().get() == null);
        assertThat(robot.lookup("#update-template").query().getParent().isVisible()).isFalse();
    }

    @Test
    void theTemplateEditorFlagsAnErrorAsItIsTypedAndSavesIntoTheUserFolder(FxRobot robot) throws Exception {
        TemplateEditorWindow editor = onFx(() -> {
            TemplateEditorWindow window = new TemplateEditorWindow(app.window.stage(), app.window.model(), app.templates,
                    new dev.mlsd.composer.ui.concurrent.Background(),
                    app.messages, s -> { }, () -> app.templates.reload());
            window.show();
            return window;
        });
        waitUntil(() -> editor.checks().getItems().equals(List.of("No problems; 3 section(s).")));
        assertThat(editor.source().getText()).contains("id: architecture-and-models.ru-copy\n")
                .contains("title: Архитектура и модели (ML System Design, раздел 4) (copy)\n");
        assertThat(editor.placeholders().getText()).isEqualTo("Placeholders used: {{problem}}, {{metrics}}, {{data}}");

        int titleLine = onFx(() -> editor.source().getText().indexOf("    title: 2. Метрики"));
        robot.interact(() -> editor.source().selectRange(titleLine, titleLine + "    title: 2. Метрики".length()));
        robot.interact(() -> editor.source().replaceSelection("    hint: no title now"));
        waitUntil(() -> editor.checks().getItems().size() == 1 && editor.checks().getItems().get(0).startsWith("Line "));
        assertThat(editor.checks().getItems().get(0)).matches("Line 1[0-9]: slot 2 \\('metrics'\\) has no 'title'");
        assertThat(editor.saveButton().isDisabled()).isTrue();

        robot.interact(() -> editor.source().replaceText(editor.source().getText().replace("    hint: no title now", "    title: Метрики\n    hint: fixed")
                .replace("{{data}}", "{{data}} {{dataa}}")));
        waitUntil(() -> !editor.saveButton().isDisabled());
        int line = onFx(() -> (int) editor.source().getText().substring(0, editor.source().getText().indexOf("{{dataa}}")).chars().filter(c -> c == '\n').count() + 1);
        assertThat(editor.checks().getItems()).contains("Note: line " + line + ": unknown placeholder {{dataa}} is kept as text");
        robot.interact(() -> editor.saveButton().fire());
        Path saved = dir.resolve("config/templates/architecture-and-models.ru-copy.md");
        waitUntil(() -> Files.exists(saved) && app.templates.find("architecture-and-models.ru-copy").isPresent());
        assertThat(Files.readString(saved)).contains("{{dataa}}");
        robot.interact(() -> editor.stage().close());
    }

    @Test
    void openTemplatesFolderCreatesItAndShowsIt(FxRobot robot) throws Exception {
        Path folder = dir.resolve("config/templates");
        app.choose("menu-template-openFolder");
        waitUntil(() -> app.openedFolders.contains(folder));
    }

    @Test
    void reloadReportsBrokenTemplatesAndKeepsTheRest(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("config/templates/zz-broken.md"), "---\nid: zz\n---\n");
        app.choose("menu-template-reload");
        waitUntil(() -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0).header()).isEqualTo("1 template file(s) could not be used");
        assertThat(app.dialogs.errors.get(0).details()).contains("zz-broken.md: line 1: the front matter has no 'title'");
        assertThat(app.templates.find("full-doc")).isPresent();
        assertThat(robot.lookup(".status-message").queryLabeled().getText()).isEqualTo("Templates reloaded: 4 usable, 1 broken");
    }
}

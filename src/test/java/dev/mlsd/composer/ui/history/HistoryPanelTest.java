package dev.mlsd.composer.ui.history;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The History tab on a real window and a real file: the list, one prompt, two compared, restore, label, delete, Save version…. */
class HistoryPanelTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private WindowHarness app;
    private final VersionBook book = new VersionBook(new TemplateParser(), new PromptAssembler(), new TokenCounter());

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        app = onFx(() -> new WindowHarness(stage, dir.resolve("config"), Locale.ENGLISH));
    }

    private HistoryPanel panel() {
        return app.window.historyPanel();
    }

    /** A file with three versions (the second labelled) and two answers to the second. */
    private Path projectWithThreeVersions() throws Exception {
        Instant t = Instant.parse("2026-11-30T06:00:00Z");
        Project p = Project.create(app.templates.defaultTemplate(), Map.of("problem", "Predict churn weekly\nfor subscribers"), t);
        p = book.record(p, null, t).project();
        p = book.record(p.withSections(Map.of("problem", "Predict churn daily\nfor subscribers", "metrics", "ROC-AUC"), t), "daily", t)
                .project();
        p = book.addAnswer(p, "Answer one", 2, "GPT-5", false, t).project();
        p = book.addAnswer(p, "Answer two", 2, null, false, t).project();
        p = book.record(p.withSections(Map.of("problem", "Predict churn daily\nfor all subscribers", "metrics", "ROC-AUC"), t), null, t)
                .project();
        Path file = dir.resolve("three.mlsd");
        app.store.save(file, p);
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()));
        app.choose("menu-view-history");
        return file;
    }

    private List<String> cellTexts() {
        return onFx(() -> panel().list().lookupAll(".version-cell").stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(c -> c.lookupAll(".label").stream().map(l -> ((Label) l).getText()).filter(s -> !s.isEmpty())
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList());
    }

    private void select(int... indexes) {
        onFx(() -> {
            panel().list().getSelectionModel().clearSelection();
            for (int i : indexes) {
                panel().list().getSelectionModel().select(i);
            }
            return true;
        });
    }

    @Test
    void listsVersionsNewestFirstWithTheirCountsAndWhatChanged() throws Exception {
        window();
        assertThat(onFx(() -> panel().node().getScene())).as("not styled or laid out before the tab is first shown").isNull();
        projectWithThreeVersions();
        app.choose("menu-view-history");
        assertThat(onFx(() -> ((javafx.scene.control.ToggleButton) app.window.stage().getScene().lookup("#tab-history")).isSelected()
                && panel().node().isVisible())).isTrue();
        assertThat(onFx(() -> panel().list().getItems().stream().map(Version::number).toList())).containsExactly(3, 2, 1);
        waitUntil(() -> cellTexts().size() == 3 && cellTexts().stream().noneMatch(t -> t.endsWith("…")));
        List<String> rows = cellTexts();
        assertThat(rows.get(0)).startsWith("#3 | ").contains("tokens · answers: 0").endsWith("§1 +1 −0");
        assertThat(rows.get(1)).startsWith("#2 | daily | ").contains("answers: 2 | ").endsWith("§1 +1 −1 · §2 +2 −0");
        assertThat(rows.get(2)).startsWith("#1 | ").endsWith("first version");
    }

    @Test
    void oneSelectedShowsItsPromptAndTwoShowTheirDifferencesWithWordMarks() throws Exception {
        window();
        projectWithThreeVersions();
        select(2);
        String first = book.prompt(onFx(() -> app.window.model().history().version(1).orElseThrow()));
        waitUntil(() -> panel().view().area().getText().equals(first));
        assertThat(onFx(() -> app.window.history().selectedProperty().get())).isEqualTo(1);
        assertThat(onFx(() -> app.window.history().answerTarget())).isEqualTo(1);

        select(1, 2);
        waitUntil(() -> panel().view().area().getText().contains("− Predict churn weekly"));
        assertThat(onFx(() -> app.window.history().selectedProperty().get())).as("two selected: no one version").isNull();
        assertThat(onFx(() -> panel().heading().getText())).isEqualTo("From version 1 to version 2");
        String text = onFx(() -> panel().view().area().getText());
        assertThat(text).startsWith("1. Постановка Задачи\n").contains("+ Predict churn daily\n").contains("2. Метрики\n+ ROC-AUC\n");
        int weekly = text.indexOf("weekly");
        assertThat(onFx(() -> panel().view().area().getStyleAtPosition(weekly + 1))).contains("diff-removed", "diff-mark");
        int daily = text.indexOf("daily");
        assertThat(onFx(() -> panel().view().area().getStyleAtPosition(daily + 1))).contains("diff-added", "diff-mark");

        robot.clickOn(panel().buttons().get(4));
        waitUntil(() -> panel().view().area().getText().contains("<section title=\"2. Метрики\">"));
        assertThat(onFx(() -> panel().view().area().getText())).contains("+ ROC-AUC").doesNotStartWith("1. Постановка Задачи");
    }

    @Test
    void restoreIsOneUndoStepAndKeepsWhatWasTyped() throws Exception {
        window();
        projectWithThreeVersions();
        robot.clickOn(app.window.editors().get(0).area());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" typed");
        WaitForAsyncUtils.waitForFxEvents();
        select(2);
        robot.clickOn(panel().buttons().get(0));
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("Predict churn weekly\nfor subscribers"));
        History history = onFx(() -> app.window.model().history());
        assertThat(history.versions()).extracting(Version::number).containsExactly(1, 2, 3, 4);
        assertThat(history.version(4).orElseThrow().section("problem")).isEqualTo("Predict churn daily\nfor all subscribers typed");
        waitUntil(() -> panel().list().getItems().get(0).number() == 4);

        app.choose("menu-edit-undoChange");
        waitUntil(() -> app.window.editors().get(0).area().getText().equals("Predict churn daily\nfor all subscribers typed"));
        assertThat(onFx(() -> app.window.model().history().versions())).hasSize(4);
    }

    @Test
    void labelAndDeleteAskFirst() throws Exception {
        window();
        projectWithThreeVersions();
        select(2);
        app.dialogs.label(Optional.of("  baseline  "));
        robot.clickOn(panel().buttons().get(1));
        waitUntil(() -> "baseline".equals(app.window.model().history().version(1).orElseThrow().label()));
        assertThat(app.dialogs.labelsAsked).containsExactly(1);
        assertThat(onFx(() -> app.window.model().isDirty())).isTrue();

        select(1);
        app.dialogs.confirmDelete(false);
        robot.clickOn(panel().buttons().get(2));
        assertThat(onFx(() -> app.window.model().history().versions())).hasSize(3);
        app.dialogs.confirmDelete(true);
        robot.interact(() -> panel().list().requestFocus());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> app.window.model().history().version(2).isEmpty());
        assertThat(app.dialogs.deletesAsked).containsExactly(2, 2);
        History history = onFx(() -> app.window.model().history());
        assertThat(history.versions()).extracting(Version::number).containsExactly(1, 3);
        assertThat(history.answers()).as("its answers went with it").isEmpty();
        assertThat(onFx(() -> panel().list().getItems().stream().map(Version::number).toList())).containsExactly(3, 1);
    }

    @Test
    void saveVersionWithALabelFromTheFileMenu() throws Exception {
        window();
        robot.clickOn(app.window.editors().get(0).area());
        robot.write("draft");
        WaitForAsyncUtils.waitForFxEvents();
        app.dialogs.label(Optional.of("first try"));
        app.choose("menu-file-saveVersion");
        waitUntil(() -> app.window.model().history().versions().size() == 1);
        Version saved = onFx(() -> app.window.model().history().versions().get(0));
        assertThat(saved.label()).isEqualTo("first try");
        assertThat(saved.section("problem")).isEqualTo("draft");
        waitUntil(() -> robot.lookup(".status-message").queryLabeled().getText().equals("Saved version 1"));
        app.dialogs.label(Optional.empty());
        app.choose("menu-file-saveVersion");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.window.model().history().versions())).as("cancelled").hasSize(1);
    }

    @Test
    void labellingAVersionFarDownKeepsTheListWhereItWas() throws Exception {
        window();
        Instant t = Instant.parse("2026-11-30T06:00:00Z");
        Project p = Project.create(app.templates.defaultTemplate(), Map.of("problem", "v0"), t);
        History history = History.empty();
        for (int i = 1; i <= 80; i++) {
            p = p.withSections(Map.of("problem", "v" + i), t);
            history = history.record(p, null, 100 + i, t.plusSeconds(i));
        }
        Path file = dir.resolve("long.mlsd");
        app.store.save(file, p.withHistory(history, t));
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> app.window.model().history().versions().size() == 80);
        app.choose("menu-view-history");
        robot.interact(() -> panel().list().scrollTo(50));
        int firstShown = onFx(() -> firstVisible());
        assertThat(firstShown).isGreaterThan(30);
        robot.interact(() -> app.window.history().label(30, "kept in view"));
        waitUntil(() -> panel().list().getItems().get(50).label() != null);
        assertThat(onFx(() -> firstVisible())).isEqualTo(firstShown);
    }

    private int firstVisible() {
        return ((javafx.scene.control.skin.VirtualFlow<?>) panel().list().lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }
}

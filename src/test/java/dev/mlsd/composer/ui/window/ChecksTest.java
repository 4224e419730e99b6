package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checks panel, the underlines, the status counts and the context-window meter. */
@ExtendWith(ApplicationExtension.class)
class ChecksTest {

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private void show(FxRobot robot, Map<String, String> sections) {
        app.showSections(sections);
    }

    private List<String> rows(FxRobot robot) {
        return onFx(() -> robot.lookup(".check-row").queryAll().stream()
                .map(n -> ((Finding) n.getUserData()).slot() + ":" + ((Finding) n.getUserData()).rule()).toList());
    }

    @Test
    void findingsAreGroupedBySectionAndCountedInTheStatusBar(FxRobot robot) {
        waitUntil(() -> rows(robot).size() == 3);
        assertThat(rows(robot)).containsExactly("problem:empty-section", "metrics:empty-section", "data:empty-section");
        assertThat(onFx(() -> robot.lookup(".checks-section").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .containsExactly("1. Постановка Задачи", "2. Метрики", "3. Данные");
        assertThat(robot.lookup(".status-checks").queryLabeled().getText()).isEqualTo("Checks: 3 error(s) · 0 warning(s) · 0 note(s)");

        robot.clickOn(app.window.editors().get(1).area());
        robot.write("PR-AUC on a held-out month, churn in an A/B test against control, at least 10% less churn. TODO");
        waitUntil(() -> rows(robot).equals(List.of("problem:empty-section", "metrics:leftover-placeholder", "data:empty-section")));
        assertThat(robot.lookup(".status-checks").queryLabeled().getText()).isEqualTo("Checks: 2 error(s) · 1 warning(s) · 0 note(s)");
    }

    @Test
    void clickingAFindingSelectsItsPlaceAndTheEditorUnderlinesIt(FxRobot robot) {
        String metrics = "Offline: PR-AUC. Online: churn in an A/B test, retained revenue; success at 10% less churn. TBD: owner.";
        show(robot, Map.of("problem", LinterTexts.PROBLEM, "metrics", metrics, "data", LinterTexts.DATA));
        waitUntil(() -> rows(robot).equals(List.of("metrics:leftover-placeholder")));
        int at = metrics.indexOf("TBD");
        assertThat(onFx(() -> app.window.editors().get(1).area().getStyleOfChar(at + 1))).contains("lint-warning");
        assertThat(onFx(() -> app.window.editors().get(1).area().getStyleOfChar(2))).doesNotContain("lint-warning");

        Node row = robot.lookup(".check-row").query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.editors().get(1).area().isFocused()).isTrue();
        assertThat(app.window.editors().get(1).area().getSelectedText()).isEqualTo("TBD");

        robot.interact(() -> app.window.editors().get(1).area().replaceSelection("Alice"));
        waitUntil(() -> rows(robot).isEmpty());
        assertThat(onFx(() -> app.window.editors().get(1).area().getStyleOfChar(at + 1))).doesNotContain("lint-warning");
        assertThat(robot.lookup(".checks-none").queryLabeled().getText()).isEqualTo("No findings: the sections say what section 4 needs.");
    }

    @Test
    void findingsFollowTheUiLanguage(FxRobot robot) {
        waitUntil(() -> rows(robot).size() == 3);
        app.choose("language-ru");
        waitUntil(() -> onFx(() -> robot.lookup(".check-message").queryAllAs(Label.class).iterator().next().getText()).equals("Раздел пуст."));
    }

    @Test
    void theMeterCountsTokensAndTurnsAmberThenRed(FxRobot robot) {
        show(robot, Map.of("problem", LinterTexts.PROBLEM, "metrics", "x", "data", "y"));
        waitUntil(() -> app.window.checks().currentStats() != null);
        String prompt = onFx(() -> app.window.model().promptText());
        int tokens = new TokenCounter().count(TokenEncoding.O200K_BASE, prompt);
        Label label = robot.lookup(".token-meter-label").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo(String.format(Locale.ENGLISH,
                "o200k_base: %,d / 123,904 tokens (window 128,000, 4,096 kept for the answer)", tokens));
        ProgressBar bar = robot.lookup(".token-meter").queryAs(ProgressBar.class);
        assertThat(bar.getStyleClass()).contains("meter-ok");

        app.dialogs.answerRooms.add(Optional.of(8_192 - tokens - 10));
        app.choose("window-8192");
        app.choose("menu-view-answerRoom");
        waitUntil(() -> bar.getStyleClass().contains("meter-amber"));
        app.dialogs.answerRooms.add(Optional.of(8_192 - tokens + 1));
        app.choose("menu-view-answerRoom");
        waitUntil(() -> bar.getStyleClass().contains("meter-red"));
        assertThat(bar.getProgress()).isEqualTo(1.0);
        waitUntil(() -> app.settings.load().tokenMeter().contextWindow() == 8_192);

        app.choose("encoding-cl100k_base");
        int cl100k = new TokenCounter().count(TokenEncoding.CL100K_BASE, prompt);
        waitUntil(() -> label.getText().startsWith(String.format(Locale.ENGLISH, "cl100k_base: %,d / ", cl100k)));
    }

    /** Complete texts for the problem and data sections, so only the metrics section has findings. */
    static final class LinterTexts {
        static final String PROBLEM = "**Business goal:** reduce subscriber churn by 10% within six months. Every night the model "
                + "scores each subscriber; results are needed by 7 am for campaigns, and the call centre needs an answer within 200 ms.";
        static final String DATA = "Sources: billing and call records for 3 years (2023-2025), about 4 million subscribers and "
                + "140 million rows. Label: churn_30d = 1 when the subscriber leaves within 30 days of the snapshot. Updated daily.";
    }
}

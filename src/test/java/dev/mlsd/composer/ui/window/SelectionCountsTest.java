package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.testing.WindowHarness;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar counts the selection (words, characters, tokens) in an editor or the preview, and goes back when it is gone. */
@ExtendWith(ApplicationExtension.class)
class SelectionCountsTest {

    private static final TokenCounter TOKENS = new TokenCounter();

    @TempDir
    Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private String counts() {
        return onFx(() -> ((Label) app.window.stage().getScene().lookup(".status-counts")).getText());
    }

    private static String expected(String selected) {
        TextCounts c = TextCounts.of(selected);
        return "Selection: " + String.format(Locale.ENGLISH, "%,d", c.words()) + " words · " + String.format(Locale.ENGLISH, "%,d", c.chars())
                + " characters · " + String.format(Locale.ENGLISH, "%,d", TOKENS.count(TokenEncoding.O200K_BASE, selected))
                + " tokens (o200k_base)";
    }

    @Test
    void selectingInAnEditorShowsItsCountsAndAnEmptySelectionShowsTheSectionsAgain(FxRobot robot) {
        robot.clickOn(app.window.editors().get(0).area());
        robot.write("Churn drops — отток падает 3 %");
        waitUntil(() -> counts().startsWith("Sections:"));
        String sections = counts();
        robot.push(KeyCode.CONTROL, KeyCode.A);
        String selected = "Churn drops — отток падает 3 %";
        waitUntil(() -> counts().equals(expected(selected)));
        assertThat(counts()).startsWith("Selection: 5 words · 30 characters · ");

        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        waitUntil(() -> counts().equals(expected(selected.substring(0, selected.length() - 1))));

        robot.push(KeyCode.RIGHT);
        waitUntil(() -> counts().equals(sections));
    }

    @Test
    void aSelectionInThePreviewIsCountedToo(FxRobot robot) {
        String prompt = onFx(() -> app.window.model().promptText());
        int start = 0;
        int end = Math.min(200, prompt.length());
        robot.interact(() -> {
            app.window.preview().area().requestFocus();
            app.window.preview().area().selectRange(start, end);
        });
        waitUntil(() -> counts().equals(expected(prompt.substring(start, end))));
        robot.interact(() -> app.window.preview().area().deselect());
        waitUntil(() -> counts().startsWith("Sections:"));
    }

    @Test
    void aBigSelectionIsCountedOffTheFxThreadAndInTheUiLanguage(FxRobot robot) {
        String big = "Абоненты с падающим трафиком получают скидку; отклик около 2 %, бюджет ограничен.\n\n".repeat(6_000);
        app.showSections(Map.of("problem", big));
        app.choose("language-ru");
        // One turn of the FX thread: the selection is made and the bar read before any background count can come back.
        String atOnce = onFx(() -> {
            var area = app.window.editors().get(0).area();
            area.requestFocus();
            area.selectAll();
            return ((Label) app.window.stage().getScene().lookup(".status-counts")).getText();
        });
        assertThat(big.length()).isGreaterThan(SelectionCounts.COUNT_AT_ONCE);
        assertThat(atOnce).isEqualTo("Выделено: считается…");
        TextCounts c = TextCounts.of(big);
        String done = "Выделено: слов " + String.format(Locale.forLanguageTag("ru"), "%,d", c.words()) + " · символов "
                + String.format(Locale.forLanguageTag("ru"), "%,d", c.chars()) + " · токенов "
                + String.format(Locale.forLanguageTag("ru"), "%,d", TOKENS.count(TokenEncoding.O200K_BASE, big)) + " (o200k_base)";
        waitUntil(() -> counts().equals(done));
    }
}

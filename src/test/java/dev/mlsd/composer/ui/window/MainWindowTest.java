package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.cli.Cli;
import dev.mlsd.composer.cli.CliContext;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Severity;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.prompt.Span;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.editor.SectionEditor;
import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path config;

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    private SectionEditor editor(int index) {
        return app.window.editors().get(index);
    }

    private String previewText() {
        return onFx(() -> app.window.preview().area().getText());
    }

    private void typeInto(FxRobot robot, int editor, String text) {
        robot.clickOn(editor(editor).area());
        robot.interact(() -> editor(editor).area().end(org.fxmisc.richtext.NavigationActions.SelectionPolicy.CLEAR));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theGuidingQuestionsAreShownWhenAskedFor(FxRobot robot) {
        SectionEditor first = editor(0);
        javafx.scene.Node toggle = onFx(() -> first.node().lookup(".questions-toggle"));
        assertThat(onFx(() -> first.node().lookupAll(".section-question"))).isEmpty();
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = onFx(() -> first.node().lookupAll(".section-question").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertThat(first.slot().questions()).isNotEmpty();
        assertThat(shown).containsExactlyElementsOf(first.slot().questions().stream().map(q -> "• " + q).toList());
        assertThat(onFx(() -> first.node().lookup(".section-questions").isVisible())).isTrue();
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> first.node().lookup(".section-questions").isVisible())).isFalse();
    }

    @Test
    void typingInEachEditorUpdatesThePreview(FxRobot robot) {
        typeInto(robot, 0, "Reduce churn");
        typeInto(robot, 1, "PR-AUC");
        typeInto(robot, 2, "Billing, 2 years");
        String expected = new PromptAssembler().assemble(app.templates.defaultTemplate(),
                Map.of("problem", "Reduce churn", "metrics", "PR-AUC", "data", "Billing, 2 years")).text();
        assertThat(previewText()).isEqualTo(expected);
        assertThat(app.window.model().isDirty()).isTrue();
        assertThat(robot.window(0)).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("MLSD Composer — Untitled •");
    }

    @Test
    void countsFollowTheText(FxRobot robot) {
        typeInto(robot, 1, "two words");
        assertThat(robot.lookup(".section-counts").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly("0 words · 0 characters", "2 words · 9 characters", "0 words · 0 characters");
        assertThat(robot.lookup(".status-counts").queryLabeled().getText()).isEqualTo("Sections: 2 words · 9 characters");
    }

    @Test
    void aProjectIsLetGoOnceAnotherIsOpen(FxRobot robot) throws Exception {
        Project first = Project.create(app.templates.defaultTemplate(), Map.of("problem", "Абоненты с падающим трафиком.\n\n".repeat(500)),
                java.time.Instant.now());
        robot.interact(() -> app.window.commands().show(new dev.mlsd.composer.ui.project.ProjectCommands.Loaded(first, app.templates.defaultTemplate(), null), null));
        // A line of the first project's text in the preview (a paragraph is immutable: a new project's text makes new ones).
        WeakReference<Object> preview = new WeakReference<>(onFx(() -> {
            var area = app.window.preview().area();
            return area.getParagraph(area.offsetToPosition(area.getText().indexOf("Абоненты"), TwoDimensional.Bias.Forward).getMajor() + 4);
        }));
        WeakReference<Object> editor = new WeakReference<>(editor(0).area());
        // An edit the way typing makes one (TestFX's robot would keep its events, and their targets, for good).
        robot.interact(() -> editor(1).area().insertText(0, "x"));
        assertThat(previewText()).contains("x");
        assertThat(onFx(() -> app.window.preview().area().getUndoManager().isUndoAvailable()))
                .as("the preview follows the model; it has nothing of its own to undo").isFalse();

        robot.interact(() -> app.window.commands().showNewProject());
        assertThat(previewText()).doesNotContain("Абоненты");
        // The first project's preview and editors are garbage now: nothing (such as an undo history) keeps them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            System.gc();
            return preview.get() == null && editor.get() == null;
        });
    }

    @Test
    void oneTypedCharacterInAOneMegabyteProjectChangesOneCharacterOfThePreview(FxRobot robot) {
        String paragraph = "Абоненты с падающим трафиком получают скидку; отклик около 2 %, бюджет ограничен.\n\n";
        int per = 1_000_000 / 3 / paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        Map<String, String> sections = Map.of("problem", paragraph.repeat(per), "metrics", paragraph.repeat(per), "data", paragraph.repeat(per));
        Project big = Project.create(app.templates.defaultTemplate(), sections, java.time.Instant.now());
        robot.interact(() -> app.window.commands().show(new dev.mlsd.composer.ui.project.ProjectCommands.Loaded(big, app.templates.defaultTemplate(), null), null));
        assertThat(String.join("", sections.values()).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_000_000);

        List<PlainTextChange> textChanges = new ArrayList<>();
        List<Object> richChanges = new ArrayList<>();
        robot.interact(() -> {
            app.window.preview().area().plainTextChanges().subscribe(textChanges::add);
            app.window.preview().area().richChanges().subscribe(richChanges::add);
        });
        int offsetInSection = paragraph.length() * 10 + 5;
        robot.clickOn(editor(1).area());
        robot.interact(() -> editor(1).area().moveTo(offsetInSection));
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();

        int sectionStart = onFx(() -> app.window.model().document().assemble().spansOf("metrics").get(0).start());
        assertThat(textChanges).hasSize(1);
        assertThat(textChanges.get(0).getPosition()).isEqualTo(sectionStart + offsetInSection);
        assertThat(textChanges.get(0).getInserted()).isEqualTo("x");
        assertThat(textChanges.get(0).getRemoved()).isEmpty();
        assertThat(richChanges).as("no other replace or restyle of the preview").hasSize(1);
        String style = onFx(() -> app.window.preview().area().getStyleOfChar(sectionStart + offsetInSection).toString());
        assertThat(style).isEqualTo("[slot-1]");
    }

    @Test
    void anEditRestylesOnlyTheParagraphItTouched(FxRobot robot) {
        robot.interact(() -> editor(0).area().replaceText("# Title\n\n**bold** text\n\n- item\n\nlast line"));
        List<int[]> restyled = new ArrayList<>();
        robot.interact(() -> editor(0).area().richChanges()
                .filter(change -> change.isPlainTextIdentity())
                .subscribe(change -> restyled.add(new int[] {change.getPosition(), change.getInsertionEnd()})));
        robot.clickOn(editor(0).area());
        robot.interact(() -> editor(0).area().moveTo(12));
        robot.write("*");
        WaitForAsyncUtils.waitForFxEvents();
        int paragraphStart = 9;
        int paragraphEnd = onFx(() -> paragraphStart + editor(0).area().getParagraph(2).length());
        assertThat(restyled).isNotEmpty().allSatisfy(range -> {
            assertThat(range[0]).isGreaterThanOrEqualTo(paragraphStart);
            assertThat(range[1]).isLessThanOrEqualTo(paragraphEnd);
        });
        assertThat(onFx(() -> editor(0).area().getStyleOfChar(1).toString())).isEqualTo("[md-heading]");
    }

    @Test
    void aLargePasteIsStyledInOneChangeToTheDocument(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("## Part ").append(i).append("\n\nSome **bold** words.\n");
        }
        List<Integer> styleChanges = new ArrayList<>();
        robot.interact(() -> editor(0).area().richChanges()
                .filter(change -> change.isPlainTextIdentity())
                .subscribe(change -> styleChanges.add(change.getPosition())));
        robot.interact(() -> editor(0).area().replaceText(text.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(styleChanges).as("one restyle for the 900 pasted paragraphs, not one per paragraph").hasSize(1);
        int lastHeading = text.lastIndexOf("## Part 299");
        int lastBold = text.lastIndexOf("**bold**");
        assertThat(onFx(() -> editor(0).area().getStyleOfChar(lastHeading + 1).toString())).isEqualTo("[md-heading]");
        assertThat(onFx(() -> editor(0).area().getStyleOfChar(lastBold + 3).toString())).contains("md-bold");
        assertThat(onFx(() -> editor(0).area().getStyleOfChar(lastBold - 2).toString())).isEqualTo("[]");
    }

    @Test
    void findingsInTheSameParagraphsAreUnderlinedInOneChangePerRun(FxRobot robot) {
        String text = "alpha beta\n\ngamma\n\ndelta epsilon\n\nzeta";
        robot.interact(() -> editor(0).area().replaceText(text));
        int delta = text.indexOf("delta");
        List<Finding> findings = List.of(
                new Finding("r", Severity.WARNING, "problem", "m", "w", 0, 5),
                new Finding("r", Severity.WARNING, "problem", "m", "w", 6, 10),
                new Finding("r", Severity.ERROR, "problem", "m", "w", delta, delta + 5));
        List<Integer> styleChanges = new ArrayList<>();
        List<String> styles = onFx(() -> {
            SectionEditor editor = editor(0);
            editor.showFindings(List.of());
            var subscription = editor.area().richChanges().filter(change -> change.isPlainTextIdentity())
                    .subscribe(change -> styleChanges.add(change.getPosition()));
            editor.showFindings(findings);
            subscription.unsubscribe();
            return List.of(editor.area().getStyleOfChar(7).toString(), editor.area().getStyleOfChar(delta + 1).toString(),
                    editor.area().getStyleOfChar(text.indexOf("gamma") + 1).toString());
        });
        assertThat(styleChanges).as("paragraph 0 (two findings) and paragraph 4").containsExactly(0, delta);
        assertThat(styles.get(0)).contains("lint-warning");
        assertThat(styles.get(1)).contains("lint-error");
        assertThat(styles.get(2)).doesNotContain("lint-warning").doesNotContain("lint-error");
    }

    @Test
    void copyShortcutPutsExactlyWhatRenderPrintsOnTheClipboard(FxRobot robot) throws Exception {
        typeInto(robot, 0, "Problem {{metrics}} text");
        typeInto(robot, 2, "Data");
        Path file = dir.resolve("copy.mlsd");
        app.files.saveAs(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());

        waitUntil(() -> app.window.checks().currentStats() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String clipboard = onFx(() -> Clipboard.getSystemClipboard().getString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext context = new CliContext(out, CliContext.utf8(new ByteArrayOutputStream()), new AppDirs(dir, dir), app.templates,
                app.store, new PromptAssembler(), new AtomicFileWriter(), Clock.systemUTC());
        assertThat(new Cli(context).run("render", file.toString())).isZero();
        assertThat(clipboard).isEqualTo(out.toString(StandardCharsets.UTF_8)).contains("Problem {{metrics}} text");
        int tokens = new dev.mlsd.composer.core.tokens.TokenCounter().count(dev.mlsd.composer.core.tokens.TokenEncoding.O200K_BASE, clipboard);
        assertThat(robot.lookup(".status-message").queryLabeled().getText())
                .isEqualTo("Copied the prompt: " + String.format(Locale.ENGLISH, "%,d", clipboard.codePointCount(0, clipboard.length()))
                        + " characters, " + String.format(Locale.ENGLISH, "%,d", tokens) + " tokens (o200k_base)");
    }

    @Test
    void copyButtonDoesTheSame(FxRobot robot) {
        typeInto(robot, 1, "F1");
        robot.clickOn(app.window.preview().copyButton());
        String clipboard = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(clipboard).isEqualTo(onFx(() -> app.window.model().promptText()));
    }

    @Test
    void saveThenReopenGivesTheSameSections(FxRobot robot) throws Exception {
        typeInto(robot, 0, "alpha");
        typeInto(robot, 1, "beta\ngamma");
        Path file = dir.resolve("round.mlsd");
        app.files.saveAs(dir.resolve("round"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !app.window.model().isDirty());
        assertThat(app.files.lastSuggestedName).isEqualTo("untitled.mlsd");
        assertThat(app.store.load(file).sections()).containsEntry("problem", "alpha").containsEntry("metrics", "beta\ngamma");
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("MLSD Composer — round.mlsd");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> app.window.editors().get(0).area().getText().isEmpty());
        app.files.open(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> file.equals(app.window.model().file()));
        assertThat(editor(0).area().getText()).isEqualTo("alpha");
        assertThat(editor(1).area().getText()).isEqualTo("beta\ngamma");
        assertThat(editor(2).area().getText()).isEmpty();
        assertThat(app.window.model().isDirty()).isFalse();
    }

    @Test
    void openingABadFileSaysWhyAndKeepsTheCurrentProject(FxRobot robot) throws Exception {
        typeInto(robot, 0, "keep me");
        Path bad = Files.writeString(dir.resolve("bad.mlsd"), "{\"formatVersion\": 7}");
        app.files.open(bad);
        app.dialogs.answer(dev.mlsd.composer.ui.dialog.UnsavedChoice.DISCARD);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !app.dialogs.errors.isEmpty());
        assertThat(app.dialogs.errors.get(0).header()).isEqualTo("Cannot open “bad.mlsd”");
        assertThat(app.dialogs.errors.get(0).details())
                .isEqualTo("The file was written by a newer version of MLSD Composer (format 7); this version reads format 2 and older.");
        assertThat(editor(0).area().getText()).isEqualTo("keep me");
        assertThat(app.window.model().file()).isNull();
    }

    @Test
    void controlDigitPutsTheCaretIntoThatSection(FxRobot robot) {
        robot.clickOn(editor(0).area());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(2).area().isFocused()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(1).area().isFocused()).isTrue();
    }

    @Test
    void clickingASectionsTextInThePreviewPutsTheCaretThereInItsEditor(FxRobot robot) {
        typeInto(robot, 1, "offline metric PR-AUC");
        Span metrics = onFx(() -> app.window.model().document().assemble().spansOf("metrics").get(0));
        int target = metrics.start() + 8;
        robot.interact(() -> app.window.preview().area().showParagraphAtTop(app.window.preview().area().offsetToPosition(target,
                TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = onFx(() -> app.window.preview().area().getCharacterBoundsOnScreen(target, target + 1).orElseThrow());
        robot.clickOn(bounds.getMinX() + 1, bounds.getMinY() + bounds.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(1).area().isFocused()).isTrue();
        assertThat(editor(1).area().getCaretPosition()).isEqualTo(8);
    }

    @Test
    void undoShortcutUndoesOneEditAndTheEditMenuDoesToo(FxRobot robot) {
        typeInto(robot, 0, "one");
        robot.interact(() -> editor(0).area().getUndoManager().preventMerge());
        robot.write(" two");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(0).area().getText()).isEqualTo("one");
        assertThat(previewText()).contains("\none\n</section>");
        robot.clickOn("#menu-edit").clickOn("#menu-edit-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(0).area().getText()).isEqualTo("one two");
    }

    @Test
    void helpOpensTheExampleProject(FxRobot robot) {
        app.choose("menu-help-example");
        waitUntil(() -> editor(0).area().getLength() > 100);
        assertThat(editor(0).area().getText()).contains("отток");
        assertThat(app.window.model().file()).isNull();
        assertThat(app.window.model().isDirty()).isFalse();
        app.choose("menu-help-about");
        assertThat(app.dialogs.aboutShown).isEqualTo(1);
    }
}

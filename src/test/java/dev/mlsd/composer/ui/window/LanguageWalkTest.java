package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.InputProblem;
import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
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

/** Walks the whole window and its dialogs in each UI language, looking for text in the other one. */
@ExtendWith(ApplicationExtension.class)
class LanguageWalkTest {

    private static final java.util.Set<String> LATIN_ALLOWED = java.util.Set.of(
            "MLSD", "Composer", "ML", "System", "Design", "JSON", "UTF", "formatVersion", "mlsd", "Ctrl", "Shift", "C",
            "o", "k", "base", "cl", "SLA", "ROC", "AUC", "PR", "RMSE", "NDCG", "A", "B", "TODO", "Markdown", "md", "txt", "MacRoman", "windows", "KOI", "R", "IBM", "ISO",
            // Key letters in the toolbar's tooltips ("Ctrl+N"): key names, the same in both languages.
            "N", "O", "S", "F", "H", "V", "HTML");

    /** A file name in a dialog is the user's data, not UI text. */
    private static final String FILE_NAME = "file-name.mlsd";

    @TempDir
    static Path config;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, config, Locale.ENGLISH);
    }

    @Test
    void theRussianUiHasNoEnglishText(FxRobot robot) {
        switchTo(robot, "language-ru");
        List<String> texts = visibleTexts(robot);
        assertThat(texts).contains("_Файл", "Предпросмотр", "Копировать промпт");
        Pattern latin = Pattern.compile("[A-Za-z]+");
        for (String text : texts) {
            Matcher m = latin.matcher(text);
            while (m.find()) {
                assertThat(LATIN_ALLOWED).as("English in the Russian UI: \"%s\"", text).contains(m.group());
            }
        }
    }

    @Test
    void theEnglishUiHasNoRussianText(FxRobot robot) {
        switchTo(robot, "language-ru");
        switchTo(robot, "language-en");
        List<String> texts = visibleTexts(robot);
        assertThat(texts).contains("_File", "Preview", "Copy prompt");
        for (String text : texts) {
            assertThat(text).as("Russian in the English UI").doesNotContainPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void theLanguageIsRemembered(FxRobot robot) {
        switchTo(robot, "language-ru");
        waitUntil(() -> "ru".equals(app.settings.load().language()));
        switchTo(robot, "language-en");
        waitUntil(() -> "en".equals(app.settings.load().language()));
    }

    private void switchTo(FxRobot robot, String id) {
        app.choose(id);
        String language = id.substring("language-".length());
        waitUntil(() -> app.messages.locale().getLanguage().equals(language));
    }

    /** Every text a user can see: nodes, tooltips, menus, the title, the status line after actions, and the dialogs. */
    private List<String> visibleTexts(FxRobot robot) {
        robot.clickOn(app.window.editors().get(0).area()).write("x");
        robot.clickOn(app.window.preview().copyButton());
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            Stage stage = app.window.stage();
            texts.add(stage.getTitle());
            collect(stage.getScene().getRoot(), texts);
            FxDialogs dialogs = new FxDialogs(app.messages, null, "1.0");
            dev.mlsd.composer.ui.project.ErrorText probe = new dev.mlsd.composer.ui.project.ErrorText(app.messages);
            for (Alert alert : List.of(dialogs.unsavedAlert(app.window.commands().projectName()),
                    dialogs.errorAlert(app.messages.get("error.open", FILE_NAME), probe.describe(new BadInputException(InputProblem.NOT_JSON, 3, 4))),
                    dialogs.aboutAlert(),
                    dialogs.outsideChangeAlert(FILE_NAME),
                    dialogs.recoveryAlert(new dev.mlsd.composer.ui.dialog.RecoveryOffer(FILE_NAME, java.time.Instant.now(), List.of())),
                    dialogs.history().deleteVersionAlert(3, 2))) {
                texts.add(alert.getTitle());
                texts.add(alert.getHeaderText());
                texts.add(alert.getContentText());
                for (ButtonType button : alert.getButtonTypes()) {
                    texts.add(button.getText());
                }
            }
            for (javafx.scene.control.Dialog<?> dialog : List.of(
                    dialogs.templateChooser(app.messages.get("dialog.template.new"), app.templates.entries(), "x"),
                    dialogs.destinationsDialog(app.templates.defaultTemplate(),
                            List.of(new dev.mlsd.composer.ui.dialog.Dialogs.LeftBehind(FILE_NAME, FILE_NAME, FILE_NAME))),
                    dialogs.templateDifferencesAlert(FILE_NAME, List.of()),
                    dialogs.repairAlert(FILE_NAME, new dev.mlsd.composer.core.importer.Repair("MacRoman", "x", 9, 0), "x"),
                    dialogs.importDialog(importProposal(), true),
                    dialogs.answerRoomDialog(4096),
                    dialogs.history().versionLabelDialog(null, null),
                    dialogs.history().versionLabelDialog(3, "x"))) {
                texts.add(dialog.getTitle());
                texts.add(dialog.getHeaderText());
                for (ButtonType button : dialog.getDialogPane().getButtonTypes()) {
                    texts.add(button.getText());
                }
                if (!(dialog.getDialogPane().getContent() instanceof javafx.scene.layout.HBox)) {
                    collect(dialog.getDialogPane().getContent(), texts);
                }
            }
            for (String key : List.of("dialog.template.user", "dialog.template.slots", "editor.detached.title", "editor.detached.hint",
                    "templateEditor.title", "templateEditor.checks", "templateEditor.preview", "templateEditor.save", "templateEditor.ok",
                    "chooser.open.title", "chooser.save.title", "chooser.filter.projects", "chooser.filter.all",
                    "dialog.recovery.details", "dialog.recovery.diff", "status.reloaded", "status.recovered", "menu.file.recent.empty")) {
                texts.add(app.messages.get(key));
            }
            String templateTitle = app.templates.defaultTemplate().title();
            texts.replaceAll(t -> t == null ? "" : t.replace(FILE_NAME, "").replace(templateTitle, ""));
            texts.removeIf(t -> t.isBlank() || t.equals("x"));
            return texts;
        });
    }

    private dev.mlsd.composer.ui.dialog.ImportProposal importProposal() {
        dev.mlsd.composer.core.importer.DecodedText decoded = new dev.mlsd.composer.core.importer.TextDecoder()
                .decode("## x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        dev.mlsd.composer.core.importer.DocumentImport document = dev.mlsd.composer.core.importer.DocumentImport.of(decoded,
                decoded.text(), app.templates.defaultTemplate(),
                new dev.mlsd.composer.core.importer.SectionMapper(dev.mlsd.composer.core.importer.SynonymTable.builtIn()));
        return new dev.mlsd.composer.ui.dialog.ImportProposal(FILE_NAME, document, app.templates.defaultTemplate().slots(),
                java.util.Map.of());
    }

    private static void collect(Node node, List<String> texts) {
        if (node.getStyleClass().contains("template-text")) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node.getAccessibleText() != null) {
            texts.add(node.getAccessibleText().replaceAll(":.*", ""));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> collect(menu, texts));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void collect(MenuItem item, List<String> texts) {
        if (item.getStyleClass().contains("language-name")) {
            return;
        }
        texts.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, texts));
        }
    }
}

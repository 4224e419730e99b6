package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.importer.FileDrop;
import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.testing.WindowHarness;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.dialog.RepairChoice;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing design documents into the window, and exporting from it. */
@ExtendWith(ApplicationExtension.class)
class ImportExportTest {

    static final String DOC = "# Churn\n\n## Постановка задачи\nСнизить отток.\n\n## Метрики\nPR-AUC ≥ 0.35\n\n## Данные\nБиллинг за 3 года.\n";

    @TempDir
    Path dir;

    private WindowHarness app;

    @Start
    void start(Stage stage) {
        app = new WindowHarness(stage, dir.resolve("config"), null, Locale.ENGLISH);
    }

    private String editorText(int i) {
        return onFx(() -> app.window.editors().get(i).area().getText());
    }

    @Test
    void importingMakesANewProjectWithTheMappedSections(FxRobot robot) throws Exception {
        Path doc = Files.writeString(dir.resolve("churn.md"), DOC);
        app.files.importing(doc);
        app.dialogs.acceptImport(false);
        app.choose("menu-file-import");
        waitUntil(() -> editorText(2).equals("Биллинг за 3 года."));
        assertThat(editorText(0)).isEqualTo("Снизить отток.");
        assertThat(editorText(1)).isEqualTo("PR-AUC ≥ 0.35");
        assertThat(app.dialogs.importsProposed.get(0).slots()).hasSize(3);
        assertThat(app.window.model().file()).isNull();
        assertThat(robot.lookup(".status-message").queryLabeled().getText()).isEqualTo("Imported churn.md (UTF-8) as a new project; save it to keep it");
    }

    @Test
    void importingIntoThisProjectReplacesTheSectionsAndCanBeUndone(FxRobot robot) throws Exception {
        robot.clickOn(app.window.editors().get(0).area()).write("mine");
        WaitForAsyncUtils.waitForFxEvents();
        Path doc = Files.writeString(dir.resolve("churn.md"), DOC);
        app.files.importing(doc);
        app.dialogs.acceptImport(true);
        app.choose("menu-file-import");
        waitUntil(() -> editorText(0).equals("Снизить отток."));
        assertThat(app.window.model().isDirty()).isTrue();
        app.choose("menu-edit-undoChange");
        waitUntil(() -> editorText(0).equals("mine"));
        assertThat(editorText(2)).isEmpty();
    }

    @Test
    void aDocumentReadAsTheWrongCodePageIsRepairedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        String mojibake = new String(DOC.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
        Path doc = Files.writeString(dir.resolve("broken.md"), mojibake, StandardCharsets.UTF_8);
        app.files.importing(doc).importing(doc);
        app.dialogs.repairAnswers.add(RepairChoice.REPAIR);
        app.dialogs.acceptImport(false);
        app.choose("menu-file-import");
        waitUntil(() -> editorText(0).equals("Снизить отток."));
        assertThat(app.dialogs.repairsOffered.get(0).codePage()).isEqualTo("MacRoman");

        app.dialogs.repairAnswers.add(RepairChoice.KEEP);
        app.dialogs.importAnswers.add(proposal -> {
            assertThat(proposal.document().text()).isEqualTo(mojibake);
            return java.util.Optional.empty();
        });
        app.choose("menu-file-import");
        waitUntil(() -> app.dialogs.importsProposed.size() == 2);
        assertThat(editorText(0)).isEqualTo("Снизить отток.");
    }

    @Test
    void aDocumentDroppedOnOneEditorFillsThatSectionOnly(FxRobot robot) throws Exception {
        Path doc = Files.write(dir.resolve("cp1251.txt"), DOC.replace("≥", ">=").getBytes(Charset.forName("windows-1251")));
        app.dialogs.acceptImport(true);
        boolean accepted = onFx(() -> app.window.editorColumn().dropOnEditor(app.window.editors().get(1), List.of(new File(doc.toString()))));
        assertThat(accepted).isTrue();
        waitUntil(() -> editorText(1).equals("PR-AUC >= 0.35"));
        assertThat(app.dialogs.importsProposed.get(0).slots()).extracting(s -> s.id()).containsExactly("metrics");
        assertThat(editorText(0)).isEmpty();
        assertThat(editorText(2)).isEmpty();
    }

    @Test
    void aDocumentDroppedOnTheWindowIsImported(FxRobot robot) throws Exception {
        Path doc = Files.writeString(dir.resolve("dropped.md"), DOC);
        app.dialogs.acceptImport(false);
        assertThat(onFx(() -> app.window.drop().drop(List.of(new File(doc.toString()))))).isTrue();
        waitUntil(() -> editorText(1).equals("PR-AUC ≥ 0.35"));
        assertThat(FileDrop.document(List.of(new File("a.MD")))).isPresent();
        assertThat(FileDrop.document(List.of(new File("a.png")))).isEmpty();
    }

    @Test
    void exportsThePromptAndTheSectionsAndCopiesASection(FxRobot robot) throws Exception {
        robot.clickOn(app.window.editors().get(1).area()).write("ROC-AUC");
        WaitForAsyncUtils.waitForFxEvents();
        Path prompt = dir.resolve("prompt");
        app.files.exportTo(prompt);
        app.choose("menu-file-exportPrompt");
        waitUntil(() -> Files.exists(dir.resolve("prompt.md")));
        assertThat(app.files.lastExportKind).isEqualTo(FileDialogs.ExportKind.PROMPT);
        assertThat(app.files.lastSuggestedName).isEqualTo("untitled-prompt.md");
        assertThat(Files.readString(dir.resolve("prompt.md"))).isEqualTo(onFx(() -> app.window.model().promptText()));

        Path sections = dir.resolve("sections.md");
        app.files.exportTo(sections);
        app.choose("menu-file-exportSections");
        waitUntil(() -> Files.exists(sections));
        assertThat(Files.readString(sections)).isEqualTo("# 1. Постановка Задачи\n\n# 2. Метрики\n\nROC-AUC\n\n# 3. Данные\n\n");

        app.choose("menu-edit-copySection");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("ROC-AUC");
        assertThat(robot.lookup(".status-message").queryLabeled().getText()).isEqualTo("Copied the section “2. Метрики”");
    }
}

package dev.mlsd.composer.ui.dialog;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.importer.DecodedText;
import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Heading;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.core.importer.TextDecoder;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real import dialog: a slot may take several headings, reassigned by hand, with a preview. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void headingsCanBeAddedAndRemovedAndThePreviewShowsTheText() {
        String doc = "## Постановка задачи\nСнизить отток.\n\n## Метрики\nPR-AUC\n\n## Бизнес-метрики\nВыручка\n";
        Template ru = new TemplateLibrary(new TemplateParser()).defaultTemplate();
        DecodedText decoded = new TextDecoder().decode(doc.getBytes(StandardCharsets.UTF_8));
        DocumentImport imported = DocumentImport.of(decoded, decoded.text(), ru, new SectionMapper(SynonymTable.builtIn()));
        ImportProposal proposal = new ImportProposal("doc.md", imported, ru.slots(), imported.mapping().bySlot());
        FxDialogs dialogs = new FxDialogs(new Messages(Locale.ENGLISH), null, "1");

        ImportProposal.Decision decision = onFx(() -> {
            Dialog<ImportProposal.Decision> dialog = dialogs.importDialog(proposal, true);
            dialog.initModality(javafx.stage.Modality.NONE);
            dialog.show();
            ListView<Heading> outline = (ListView<Heading>) dialog.getDialogPane().lookup(".list-view");
            Heading business = outline.getItems().stream().filter(h -> h.text().equals("Бизнес-метрики")).findFirst().orElseThrow();
            outline.getSelectionModel().select(business);
            TextArea preview = (TextArea) dialog.getDialogPane().lookupAll(".text-area").iterator().next();
            assertThat(preview.getText()).isEqualTo("Выручка");
            ((Button) dialog.getDialogPane().lookup("#import-add-metrics")).fire();
            assertThat(preview.getText()).isEqualTo("PR-AUC\n\nВыручка");
            Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).findFirst().orElseThrow());
            ok.fire();
            return dialog.getResult();
        });
        assertThat(decision.intoThisProject()).isFalse();
        assertThat(decision.assignment().get("metrics")).extracting(Heading::text).containsExactly("Метрики", "Бизнес-метрики");
        assertThat(imported.sections(ru, decision.assignment()).get("metrics")).isEqualTo("PR-AUC\n\nВыручка");
        assertThat(decision.assignment().get("data")).isEmpty();
    }
}

package dev.mlsd.composer.testing;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.importer.DecodedText;
import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Repair;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.core.importer.TextDecoder;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import dev.mlsd.composer.ui.dialog.ImportProposal;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Dialog;

/** Every dialog of {@link FxDialogs}, built (not shown) with sample content, by name. Call on the FX thread. */
public final class AllDialogs {

    private AllDialogs() {
    }

    public static Map<String, Dialog<?>> build(FxDialogs dialogs, TemplateLibrary templates) {
        Map<String, Dialog<?>> all = new LinkedHashMap<>();
        all.put("unsaved", dialogs.unsavedAlert("p.mlsd"));
        all.put("outsideChange", dialogs.outsideChangeAlert("p.mlsd"));
        all.put("recovery", dialogs.recoveryAlert(new RecoveryOffer("p.mlsd", Instant.now(),
                List.of(new RecoveryOffer.SectionDiff("1", LineDiff.diff("a\nb\n", "a\nc\n"))))));
        all.put("error", dialogs.errorAlert("Could not open", "Not JSON"));
        all.put("about", dialogs.aboutAlert());
        all.put("templateChooser", dialogs.templateChooser("Choose", templates.entries(), templates.defaultTemplate().id()));
        all.put("destinations", dialogs.destinationsDialog(templates.defaultTemplate(),
                List.of(new Dialogs.LeftBehind("old", "Old section", "text"))));
        all.put("templateDifferences", dialogs.templateDifferencesAlert("t", LineDiff.diff("a\n", "b\n")));
        all.put("repair", dialogs.repairAlert("doc.md", new Repair("windows-1251", "Привет", 9, 0), "РџСЂРёРІРµС‚"));
        all.put("import", dialogs.importDialog(importProposal(templates), true));
        all.put("answerRoom", dialogs.answerRoomDialog(4096));
        all.put("newVersionLabel", dialogs.history().versionLabelDialog(null, null));
        all.put("versionLabel", dialogs.history().versionLabelDialog(3, "first try"));
        all.put("deleteVersion", dialogs.history().deleteVersionAlert(3, 2));
        all.put("designOutdated", dialogs.history().proceedAlert("The answer was made from other sections", "Version 2",
                dialogs.messages().get("dialog.design.export")));
        all.put("designUseLatest", dialogs.history().proceedAlert("No answer is accepted", "Version 2",
                dialogs.messages().get("dialog.design.useLatest")));
        return all;
    }

    private static ImportProposal importProposal(TemplateLibrary templates) {
        DecodedText decoded = new TextDecoder().decode("## Метрики\nPR-AUC\n".getBytes(StandardCharsets.UTF_8));
        DocumentImport document = DocumentImport.of(decoded, decoded.text(), templates.defaultTemplate(),
                new SectionMapper(SynonymTable.builtIn()));
        return new ImportProposal("doc.md", document, templates.defaultTemplate().slots(), document.mapping().bySlot());
    }
}

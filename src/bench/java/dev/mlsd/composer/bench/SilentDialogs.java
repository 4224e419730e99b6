package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.importer.Repair;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.dialog.ImportProposal;
import dev.mlsd.composer.ui.dialog.OutsideChangeChoice;
import dev.mlsd.composer.ui.dialog.RecoveryChoice;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import dev.mlsd.composer.ui.dialog.RepairChoice;
import dev.mlsd.composer.ui.dialog.UnsavedChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dialogs nobody answers: the benchmark never asks anything. */
final class SilentDialogs implements Dialogs, FileDialogs {

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public OutsideChangeChoice askOutsideChange(String projectName) {
        return OutsideChangeChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryOffer offer) {
        return RecoveryChoice.LATER;
    }

    @Override
    public Optional<Template> chooseTemplate(String title, List<TemplateLibrary.Entry> entries, String selectedId) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, String>> askDestinations(Template to, List<LeftBehind> sections) {
        return Optional.empty();
    }

    @Override
    public void showTemplateDifferences(String templateTitle, List<LineDiff.Line> lines) {
    }

    @Override
    public Optional<Integer> askAnswerRoom(int current) {
        return Optional.empty();
    }

    @Override
    public RepairChoice askRepair(String fileName, Repair repair, String original) {
        return RepairChoice.CANCEL;
    }

    @Override
    public Optional<ImportProposal.Decision> askImport(ImportProposal proposal) {
        return Optional.empty();
    }

    @Override
    public void showError(String header, String details) {
        System.err.println(header + ": " + details);
    }

    @Override
    public void showAbout() {
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDocumentToImport(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportTarget(ExportKind kind, Path folder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<String> askVersionLabel(Integer number, String current) {
        return Optional.empty();
    }

    @Override
    public boolean confirmDeleteVersion(int number, int answers) {
        return false;
    }

    @Override
    public boolean askToProceed(String header, String details, String action) {
        return false;
    }
}

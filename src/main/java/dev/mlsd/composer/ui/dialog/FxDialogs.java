package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.ui.diff.DiffSection;
import dev.mlsd.composer.ui.diff.TextDiffView;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.importer.Repair;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts in the UI language, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Messages messages;
    private final Window owner;
    private final String version;
    private final HistoryDialogs history;

    public FxDialogs(Messages messages, Window owner, String version) {
        this.messages = messages;
        this.owner = owner;
        this.version = version;
        this.history = new HistoryDialogs(messages, this::owned);
    }

    /** The language the dialogs speak. */
    public Messages messages() {
        return messages;
    }

    /** The dialogs of versions and answers, to build without showing them. */
    public HistoryDialogs history() {
        return history;
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        Alert alert = unsavedAlert(projectName);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return UnsavedChoice.CANCEL;
        }
        return switch (answer.get().getButtonData()) {
            case YES -> UnsavedChoice.SAVE;
            case NO -> UnsavedChoice.DISCARD;
            default -> UnsavedChoice.CANCEL;
        };
    }

    @Override
    public OutsideChangeChoice askOutsideChange(String projectName) {
        Optional<ButtonType> answer = outsideChangeAlert(projectName).showAndWait();
        if (answer.isEmpty()) {
            return OutsideChangeChoice.CANCEL;
        }
        return switch (answer.get().getButtonData()) {
            case YES -> OutsideChangeChoice.RELOAD;
            case NO -> OutsideChangeChoice.OVERWRITE;
            case OTHER -> OutsideChangeChoice.SAVE_AS;
            default -> OutsideChangeChoice.CANCEL;
        };
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryOffer offer) {
        Optional<ButtonType> answer = recoveryAlert(offer).showAndWait();
        if (answer.isEmpty()) {
            return RecoveryChoice.LATER;
        }
        return switch (answer.get().getButtonData()) {
            case YES -> RecoveryChoice.RESTORE;
            case NO -> RecoveryChoice.DISCARD;
            default -> RecoveryChoice.LATER;
        };
    }

    @Override
    public Optional<Template> chooseTemplate(String title, List<TemplateLibrary.Entry> entries, String selectedId) {
        Dialog<Template> dialog = new TemplateChooser(messages, title, entries, selectedId).dialog();
        owned(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Map<String, String>> askDestinations(Template to, List<LeftBehind> sections) {
        Dialog<Map<String, String>> dialog = new DestinationsDialog(messages, to, sections).dialog();
        owned(dialog);
        return dialog.showAndWait();
    }

    @Override
    public void showTemplateDifferences(String templateTitle, List<LineDiff.Line> lines) {
        templateDifferencesAlert(templateTitle, lines).showAndWait();
    }

    /** The differences between the project's template and the library's, built but not shown. */
    public Alert templateDifferencesAlert(String templateTitle, List<LineDiff.Line> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.templateDiff.header", templateTitle));
        alert.getDialogPane().setContent(diffNode(List.of(DiffSection.of(messages.get("dialog.templateDiff.legend"), lines))));
        alert.setResizable(true);
        alert.getDialogPane().setPrefSize(760, 520);
        return owned(alert);
    }

    /** The template chooser, built but not shown. */
    public Dialog<Template> templateChooser(String title, List<TemplateLibrary.Entry> entries, String selectedId) {
        return owned(new TemplateChooser(messages, title, entries, selectedId).dialog());
    }

    /** The "where does this text go" dialog, built but not shown. */
    public Dialog<Map<String, String>> destinationsDialog(Template to, List<LeftBehind> sections) {
        return owned(new DestinationsDialog(messages, to, sections).dialog());
    }

    @Override
    public Optional<Integer> askAnswerRoom(int current) {
        return answerRoomDialog(current).showAndWait().flatMap(text -> {
            try {
                int value = Integer.parseInt(text.strip().replace(" ", "").replace("\u00a0", ""));
                return value >= 0 && value <= 2_000_000 ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<String> askVersionLabel(Integer number, String current) {
        return history.versionLabelDialog(number, current).showAndWait().map(String::strip);
    }

    @Override
    public boolean confirmDeleteVersion(int number, int answers) {
        return history.deleteVersionAlert(number, answers).showAndWait().map(b -> b.getButtonData() == ButtonData.OK_DONE).orElse(false);
    }

    /** The "room for the answer" dialog, built but not shown. */
    public javafx.scene.control.TextInputDialog answerRoomDialog(int current) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(String.valueOf(current));
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("dialog.answerRoom.header"));
        dialog.setContentText(messages.get("dialog.answerRoom.label"));
        dialog.getEditor().setAccessibleText(messages.get("dialog.answerRoom.header"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        return owned(dialog);
    }

    @Override
    public RepairChoice askRepair(String fileName, Repair repair, String original) {
        Optional<ButtonType> answer = repairAlert(fileName, repair, original).showAndWait();
        if (answer.isEmpty()) {
            return RepairChoice.CANCEL;
        }
        return switch (answer.get().getButtonData()) {
            case YES -> RepairChoice.REPAIR;
            case NO -> RepairChoice.KEEP;
            default -> RepairChoice.CANCEL;
        };
    }

    /** The mojibake repair question with a sample before and after, built but not shown. */
    public Alert repairAlert(String fileName, Repair repair, String original) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "",
                new ButtonType(messages.get("dialog.repair.repair"), ButtonData.YES),
                new ButtonType(messages.get("dialog.repair.keep"), ButtonData.NO),
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.repair.header", fileName, repair.codePage()));
        javafx.scene.control.TextArea before = sample(original);
        javafx.scene.control.TextArea after = sample(repair.repairedText());
        before.setAccessibleText(messages.get("dialog.repair.before"));
        after.setAccessibleText(messages.get("dialog.repair.after"));
        VBox content = new VBox(6, new Label(messages.get("dialog.repair.before")), before,
                new Label(messages.get("dialog.repair.after")), after);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return owned(alert);
    }

    private static javafx.scene.control.TextArea sample(String text) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text.length() > 1200 ? text.substring(0, 1200) + "…" : text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(7);
        return area;
    }

    @Override
    public Optional<ImportProposal.Decision> askImport(ImportProposal proposal) {
        return importDialog(proposal, true).showAndWait();
    }

    /** The import mapping dialog, built but not shown. */
    public Dialog<ImportProposal.Decision> importDialog(ImportProposal proposal, boolean offerIntoThisProject) {
        return owned(new ImportDialog(messages, proposal, offerIntoThisProject).dialog());
    }

    @Override
    public boolean askToProceed(String header, String details, String action) {
        Alert alert = history.proceedAlert(header, details, action);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonData.OK_DONE).isPresent();
    }

    @Override
    public void showError(String header, String details) {
        errorAlert(header, details).showAndWait();
    }

    @Override
    public void showAbout() {
        aboutAlert().showAndWait();
    }

    /** The "save changes?" alert, built but not shown. */
    public Alert unsavedAlert(String projectName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.unsaved.details"),
                new ButtonType(messages.get("dialog.unsaved.save"), ButtonData.YES),
                new ButtonType(messages.get("dialog.unsaved.discard"), ButtonData.NO),
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.unsaved.header", projectName));
        return owned(alert);
    }

    /** The "changed by another program" alert, built but not shown. */
    public Alert outsideChangeAlert(String projectName) {
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("dialog.outside.details"),
                new ButtonType(messages.get("dialog.outside.reload"), ButtonData.YES),
                new ButtonType(messages.get("dialog.outside.overwrite"), ButtonData.NO),
                new ButtonType(messages.get("dialog.outside.saveAs"), ButtonData.OTHER),
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.outside.header", projectName));
        return owned(alert);
    }

    /** The "restore unsaved work?" alert with the differences, built but not shown. */
    public Alert recoveryAlert(RecoveryOffer offer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "",
                new ButtonType(messages.get("dialog.recovery.restore"), ButtonData.YES),
                new ButtonType(messages.get("dialog.recovery.discard"), ButtonData.NO),
                new ButtonType(messages.get("dialog.recovery.later"), ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.recovery.header", offer.projectName(),
                java.util.Date.from(offer.written())));
        Label explanation = new Label(messages.get("dialog.recovery.details"));
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, explanation, diffNode(offer.sections().stream()
                .map(section -> DiffSection.of(section.title(), section.lines())).toList()));
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.getDialogPane().setPrefSize(760, 520);
        return owned(alert);
    }

    /** The diff of {@code sections} for a dialog, which has no stylesheet of its own. */
    private Node diffNode(List<DiffSection> sections) {
        TextDiffView diff = new TextDiffView(messages);
        diff.show(sections);
        VBox box = new VBox(diff.node());
        VBox.setVgrow(diff.node(), javafx.scene.layout.Priority.ALWAYS);
        box.setPrefHeight(360);
        box.getStylesheets().add(FxDialogs.class.getResource("/css/app.css").toExternalForm());
        return box;
    }

    /** An error alert, built but not shown. */
    public Alert errorAlert(String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, details, new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        return owned(alert);
    }

    /** The About alert, built but not shown. */
    public Alert aboutAlert() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("dialog.about.details"),
                new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(messages.get("dialog.about.title"));
        alert.setHeaderText(messages.get("dialog.about.header", version));
        return owned(alert);
    }

    <D extends Dialog<?>> D owned(D dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setMinWidth(420);
        // A list keeps Enter and Esc for itself (editing a cell), and a radio button or check box Enter; in a dialog
        // they answer it, as everywhere else in it.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER;
            boolean keeps = e.getTarget() instanceof ListView<?> || enter && (e.getTarget() instanceof ToggleButton || e.getTarget() instanceof CheckBox);
            if ((enter || e.getCode() == KeyCode.ESCAPE) && !e.isShortcutDown() && keeps) {
                dialog.getDialogPane().getButtonTypes().stream().map(dialog.getDialogPane()::lookupButton)
                        .filter(b -> b instanceof Button button && !button.isDisabled() && (enter ? button.isDefaultButton() : button.isCancelButton()))
                        .findFirst().ifPresent(b -> {
                            ((Button) b).fire();
                            e.consume();
                        });
            }
        });
        if (dialog.getDialogPane().getButtonTypes().size() == 1) {
            // A dialog with only OK has no cancel button, and Esc would do nothing: its OK also answers Esc.
            Node only = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            if (only instanceof Button button) {
                button.setCancelButton(true);
            }
        }
        return dialog;
    }
}

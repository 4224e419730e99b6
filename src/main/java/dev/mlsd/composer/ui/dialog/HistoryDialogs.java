package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

/** The questions about versions and answers, built but not shown; {@link FxDialogs} shows them. */
public final class HistoryDialogs {

    /** Gives a dialog its owner window and the keys every dialog of ours answers. */
    interface Owner {
        <D extends Dialog<?>> D own(D dialog);
    }

    private final Messages messages;
    private final Owner owner;

    HistoryDialogs(Messages messages, Owner owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The "label of a version" dialog, built but not shown. */
    public TextInputDialog versionLabelDialog(Integer number, String current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "" : current);
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(number == null ? messages.get("dialog.versionLabel.new") : messages.get("dialog.versionLabel.header", number));
        dialog.setContentText(messages.get("dialog.versionLabel.label"));
        dialog.getEditor().setAccessibleText(messages.get("dialog.versionLabel.label"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get(number == null ? "dialog.versionLabel.save" : "dialog.ok"),
                ButtonData.OK_DONE), new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        return owner.own(dialog);
    }

    /** The "delete this version?" question, built but not shown; Cancel is the default button. */
    public Alert deleteVersionAlert(int number, int answers) {
        ButtonType delete = new ButtonType(messages.get("dialog.deleteVersion.delete"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.deleteVersion.details", answers), delete, cancel);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.deleteVersion.header", number));
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return owner.own(alert);
    }

    /** A yes/cancel question whose yes button says {@code action}. */
    public Alert proceedAlert(String header, String details, String action) {
        ButtonType proceed = new ButtonType(action, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, proceed, cancel);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        return owner.own(alert);
    }
}

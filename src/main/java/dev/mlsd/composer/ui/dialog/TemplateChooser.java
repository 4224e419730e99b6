package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A list of the library's templates with, for the selected one, its description, slots and body. */
final class TemplateChooser {

    private final Dialog<Template> dialog = new Dialog<>();
    private final ListView<TemplateLibrary.Entry> list = new ListView<>();

    TemplateChooser(Messages messages, String title, List<TemplateLibrary.Entry> entries, String selectedId) {
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(title);
        ButtonType choose = new ButtonType(messages.get("dialog.template.choose"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));

        list.getItems().setAll(entries);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateLibrary.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.template().title() + "\n" + entry.template().id() + " · "
                        + entry.template().language() + (entry.builtIn() ? "" : " · " + messages.get("dialog.template.user")));
            }
        });
        list.setPrefWidth(320);
        list.setAccessibleText(messages.get("dialog.template.list"));

        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("template-text");
        Label slots = new Label();
        slots.setWrapText(true);
        TextArea body = new TextArea();
        body.setEditable(false);
        body.setWrapText(true);
        body.getStyleClass().add("template-body");
        body.setAccessibleText(messages.get("dialog.template.body"));
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox details = new VBox(8, description, slots, body);
        details.setPrefWidth(480);
        HBox.setHgrow(details, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                return;
            }
            Template t = entry.template();
            description.setText(t.description());
            slots.setText(messages.get("dialog.template.slots", t.slots().stream().map(Slot::title).collect(Collectors.joining(", "))));
            body.setText(body(t.source()));
        });
        HBox content = new HBox(12, list, details);
        content.setPadding(new Insets(8));
        content.setPrefHeight(420);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == choose && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().template() : null);
        // The list has the keys first: Up and Down choose, Enter takes the chosen one.
        dialog.setOnShown(e -> list.requestFocus());
        entries.stream().filter(e -> e.template().id().equals(selectedId)).findFirst()
                .ifPresentOrElse(e -> list.getSelectionModel().select(e), () -> list.getSelectionModel().selectFirst());
    }

    Dialog<Template> dialog() {
        return dialog;
    }

    /** The template's body: its source after the front matter. */
    static String body(String source) {
        int close = source.indexOf("\n---", 3);
        if (close < 0) {
            return source;
        }
        int bodyStart = source.indexOf('\n', close + 1);
        return bodyStart < 0 ? "" : source.substring(bodyStart + 1);
    }
}

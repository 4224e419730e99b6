package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Heading;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The import mapping: the document's outline on the left; on the right each slot with the
 * heading(s) it takes (add the selected heading, remove one), and a preview of the text the slot
 * would get. The text is the document's own Markdown.
 */
final class ImportDialog {

    private final Dialog<ImportProposal.Decision> dialog = new Dialog<>();
    private final ListView<Heading> outline = new ListView<>();
    private final Map<String, ObservableList<Heading>> assigned = new LinkedHashMap<>();
    private final TextArea preview = new TextArea();
    private final DocumentImport document;
    private ListView<Heading> lastSlotList;

    ImportDialog(Messages messages, ImportProposal proposal, boolean offerIntoThisProject) {
        this.document = proposal.document();
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("dialog.import.header", proposal.fileName()));
        ButtonType ok = new ButtonType(messages.get("dialog.import.ok"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));

        outline.getItems().setAll(document.outline().headings().stream().filter(h -> !h.tableOfContents()).toList());
        outline.setCellFactory(view -> headingCell());
        outline.setPrefWidth(340);
        outline.setAccessibleText(messages.get("dialog.import.outline"));
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, h) -> {
            if (h != null) {
                preview.setText(DocumentImport.sectionText(document.outline(), List.of(h)));
            }
        });
        Label outlineTitle = new Label(messages.get("dialog.import.outline"));
        outlineTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(6, outlineTitle, outline);
        VBox.setVgrow(outline, Priority.ALWAYS);

        VBox slots = new VBox(8);
        for (Slot slot : proposal.slots()) {
            ObservableList<Heading> headings = FXCollections.observableArrayList(proposal.proposed().getOrDefault(slot.id(), List.of()));
            assigned.put(slot.id(), headings);
            Label title = new Label(slot.title());
            title.getStyleClass().addAll("section-title", "template-text");
            ListView<Heading> list = new ListView<>(headings);
            list.setCellFactory(view -> headingCell());
            list.setPrefHeight(64);
            list.setPlaceholder(new Label(messages.get("dialog.import.nothing")));
            list.setAccessibleText(messages.get("dialog.import.slot", slot.title()));
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, h) -> {
                lastSlotList = list;
                preview.setText(DocumentImport.sectionText(document.outline(), List.copyOf(headings)));
            });
            list.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    preview.setText(DocumentImport.sectionText(document.outline(), List.copyOf(headings)));
                }
            });
            Button add = new Button(messages.get("dialog.import.add"));
            add.setId("import-add-" + slot.id());
            add.setOnAction(e -> {
                Heading chosen = outline.getSelectionModel().getSelectedItem();
                if (chosen != null && !headings.contains(chosen)) {
                    headings.add(chosen);
                    preview.setText(DocumentImport.sectionText(document.outline(), List.copyOf(headings)));
                }
            });
            Button remove = new Button(messages.get("dialog.import.remove"));
            remove.setOnAction(e -> {
                Heading chosen = list.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    headings.remove(chosen);
                }
            });
            HBox buttons = new HBox(6, add, remove);
            slots.getChildren().add(new VBox(4, title, list, buttons));
        }
        proposal.slots().stream().findFirst().ifPresent(first -> preview.setText(
                DocumentImport.sectionText(document.outline(), List.copyOf(assigned.get(first.id())))));
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(10);
        preview.setAccessibleText(messages.get("dialog.import.preview"));
        Label previewTitle = new Label(messages.get("dialog.import.preview"));
        previewTitle.getStyleClass().add("pane-title");

        ToggleGroup where = new ToggleGroup();
        RadioButton newProject = new RadioButton(messages.get("dialog.import.newProject"));
        newProject.setToggleGroup(where);
        newProject.setSelected(true);
        RadioButton intoThis = new RadioButton(messages.get("dialog.import.intoThis"));
        intoThis.setToggleGroup(where);
        intoThis.setId("import-into-this");
        newProject.setMnemonicParsing(true);
        intoThis.setMnemonicParsing(true);
        intoThis.setDisable(!offerIntoThisProject);
        if (!offerIntoThisProject || proposal.slots().size() == 1) {
            intoThis.setSelected(proposal.slots().size() == 1);
            newProject.setDisable(proposal.slots().size() == 1);
        }
        VBox right = new VBox(8, slots, previewTitle, preview, new HBox(12, newProject, intoThis));
        VBox.setVgrow(preview, Priority.ALWAYS);
        right.setPrefWidth(460);
        HBox content = new HBox(12, left, right);
        content.setPadding(new Insets(8));
        content.setPrefHeight(560);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            Map<String, List<Heading>> assignment = new LinkedHashMap<>();
            assigned.forEach((slot, headings) -> assignment.put(slot, new ArrayList<>(headings)));
            return new ImportProposal.Decision(assignment, intoThis.isSelected());
        });
    }

    Dialog<ImportProposal.Decision> dialog() {
        return dialog;
    }

    private static ListCell<Heading> headingCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Heading heading, boolean empty) {
                super.updateItem(heading, empty);
                if (empty || heading == null) {
                    setText(null);
                } else {
                    setText("  ".repeat(Math.max(0, heading.level() - 1)) + heading.text());
                }
            }
        };
    }
}

package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Where each section the new template has no slot for goes: a slot of the new template, or detached text. */
final class DestinationsDialog {

    private final Dialog<Map<String, String>> dialog = new Dialog<>();

    /** One choice in a row's list: a slot of the new template, or null for "keep as detached text". */
    record Choice(Slot slot, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    DestinationsDialog(Messages messages, Template to, List<Dialogs.LeftBehind> sections) {
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("dialog.destinations.header", to.title()));
        ButtonType ok = new ButtonType(messages.get("dialog.destinations.switch"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.add(new Label(messages.get("dialog.destinations.explain")), 0, 0, 2, 1);
        Map<String, ComboBox<Choice>> boxes = new LinkedHashMap<>();
        int row = 1;
        for (Dialogs.LeftBehind section : sections) {
            Label name = new Label(section.title() + " — " + preview(section.text()));
            name.getStyleClass().add("template-text");
            ComboBox<Choice> where = new ComboBox<>();
            where.getItems().add(new Choice(null, messages.get("dialog.destinations.detached")));
            to.slots().forEach(slot -> where.getItems().add(new Choice(slot, messages.get("dialog.destinations.into", slot.title()))));
            where.getSelectionModel().selectFirst();
            where.setAccessibleText(messages.get("dialog.destinations.where", section.title()));
            grid.add(name, 0, row);
            grid.add(where, 1, row);
            boxes.put(section.slotId(), where);
            row++;
        }
        dialog.getDialogPane().setContent(grid);
        // The first choice has the keys first; Tab goes on to the next, Enter switches.
        boxes.values().stream().findFirst().ifPresent(first -> dialog.setOnShown(e -> first.requestFocus()));
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            Map<String, String> destinations = new LinkedHashMap<>();
            boxes.forEach((slotId, box) -> {
                Choice choice = box.getValue();
                if (choice != null && choice.slot() != null) {
                    destinations.put(slotId, choice.slot().id());
                }
            });
            return destinations;
        });
    }

    Dialog<Map<String, String>> dialog() {
        return dialog;
    }

    private static String preview(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}

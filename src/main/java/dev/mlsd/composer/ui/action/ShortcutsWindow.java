package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every action with its keys, grouped by menu, made from the catalogue
 * each time it opens (so it is in the UI language of that moment). Esc or Enter closes it.
 */
public final class ShortcutsWindow {

    /** A style class on each label that shows an action's keys. */
    public static final String KEYS_CLASS = "shortcut-keys";

    private final Window owner;
    private final ShortcutRows rows;
    private final Supplier<List<MenuEntry.Submenu>> menus;
    private final Messages messages;
    private Stage stage;

    public ShortcutsWindow(Window owner, ActionCatalogue catalogue, Supplier<List<MenuEntry.Submenu>> menus, Messages messages) {
        this.owner = owner;
        this.rows = new ShortcutRows(catalogue, messages);
        this.menus = menus;
        this.messages = messages;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
        }
        VBox page = new VBox(6);
        page.setPadding(new Insets(12));
        for (ShortcutRows.Group group : rows.groups(menus.get())) {
            Label title = new Label(group.title());
            title.getStyleClass().add("shortcuts-group");
            page.getChildren().addAll(title, table(group.rows()));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(messages.get("shortcuts.title"));
        Button close = new Button(messages.get("shortcuts.close"));
        close.setId("shortcuts-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(close);
        buttons.setPadding(new Insets(8, 12, 12, 12));
        buttons.setStyle("-fx-alignment: center-right;");
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.getStyleClass().add("shortcuts-page");
        Scene scene = new Scene(root, 560, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle(messages.get("shortcuts.title"));
        stage.show();
        close.requestFocus();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private static GridPane table(List<ShortcutRows.Row> rows) {
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(3);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(nameColumn, new ColumnConstraints());
        for (int i = 0; i < rows.size(); i++) {
            ShortcutRows.Row row = rows.get(i);
            Label name = new Label(row.name());
            name.setWrapText(true);
            Label keys = new Label(String.join(", ", row.keys()));
            keys.getStyleClass().add(KEYS_CLASS);
            keys.getProperties().put(MenuBarFactory.ACTION, row.actionId());
            table.addRow(i, name, keys);
        }
        return table;
    }
}

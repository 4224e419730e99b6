package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The command palette: a query field over the list of every action with its keys, filtered as the
 * user types. Up and Down move, Enter runs the selected action (a disabled one is shown but not
 * run), Esc closes; the keyboard alone does everything.
 */
public final class CommandPalette {

    /** A style class on the palette's scene root. */
    public static final String STYLE_CLASS = "command-palette";

    private final Window owner;
    private final PaletteEntries source;
    private final Messages messages;
    private Stage stage;
    private TextField query;
    private ListView<PaletteEntry> list;
    private List<PaletteEntry> entries = List.of();

    public CommandPalette(Window owner, ActionCatalogue catalogue, Messages messages) {
        this.owner = owner;
        this.source = new PaletteEntries(catalogue, messages);
        this.messages = messages;
    }

    /** Opens the palette with an empty query (the entries are read again: names and enabled states change). */
    public void show() {
        if (stage == null) {
            stage = build();
        }
        entries = source.now();
        query.clear();
        refilter();
        stage.setTitle(messages.get("palette.title"));
        query.setPromptText(messages.get("palette.prompt"));
        query.setAccessibleText(messages.get("palette.prompt"));
        list.setAccessibleText(messages.get("palette.list"));
        stage.show();
        query.requestFocus();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private Stage build() {
        // Not modal: it closes on Esc or on running an action, and stays above the window it belongs to.
        Stage palette = new Stage();
        palette.initOwner(owner);
        query = new TextField();
        query.setId("palette-query");
        list = new ListView<>();
        list.setId("palette-list");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        query.textProperty().addListener((obs, old, now) -> refilter());
        VBox root = new VBox(query, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add(STYLE_CLASS);
        Scene scene = new Scene(root, 560, 380);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        palette.setScene(scene);
        return palette;
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> stage.hide();
            case ENTER -> runSelected();
            case DOWN -> move(1);
            case UP -> move(-1);
            case PAGE_DOWN -> move(10);
            case PAGE_UP -> move(-10);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size > 0) {
            int at = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + by));
            list.getSelectionModel().select(at);
            list.scrollTo(Math.max(0, at - 3));
        }
    }

    private void refilter() {
        list.getItems().setAll(PaletteEntry.filter(entries, query.getText()));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void runSelected() {
        PaletteEntry chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null && chosen.isEnabled()) {
            // Closed first, so the action's own dialogs and focus changes happen over the main window.
            stage.hide();
            chosen.run().run();
        }
    }

    /** A line: the name, and its keys on the right; a disabled action greyed. */
    private static final class EntryCell extends ListCell<PaletteEntry> {
        private final Label name = new Label();
        private final Label keys = new Label();
        private final HBox line;

        EntryCell() {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            keys.getStyleClass().add("palette-keys");
            line = new HBox(8, name, gap, keys);
        }

        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(entry.name());
            keys.setText(entry.keys());
            boolean enabled = entry.isEnabled();
            line.setDisable(!enabled);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unavailable"), !enabled);
            setAccessibleText(entry.keys().isEmpty() ? entry.name() : entry.name() + ", " + entry.keys());
            setGraphic(line);
        }
    }
}

package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.ui.editor.EditTarget;
import dev.mlsd.composer.ui.editor.SectionArea;
import dev.mlsd.composer.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The find bar's controls and their keys; what they do is {@link FindSession}'s. */
final class FindBar {

    /** What the bar's controls ask for. */
    interface Handler {
        void searchChanged();

        void next();

        void previous();

        void replace();

        void replaceAll();

        void close();
    }

    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final Label status = new Label();
    private final HBox replaceRow;
    private final VBox root;

    FindBar(Messages messages, Handler handler) {
        findField.setId("find-field");
        describe(findField, messages, "find.field.accessible");
        findField.promptTextProperty().bind(messages.text("find.field.prompt"));
        HBox.setHgrow(findField, Priority.ALWAYS);
        findField.textProperty().addListener((obs, old, now) -> handler.searchChanged());
        findField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    handler.previous();
                } else {
                    handler.next();
                }
                event.consume();
            }
        });
        option(matchCase, "find-match-case", "find.matchCase", messages, handler);
        option(wholeWord, "find-whole-word", "find.wholeWord", messages, handler);
        option(regex, "find-regex", "find.regex", messages, handler);
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        status.setMinWidth(Control.USE_PREF_SIZE);
        HBox findRow = new HBox(6, findField, button("find-previous", "find.previous", messages, handler::previous),
                button("find-next", "find.next", messages, handler::next), matchCase, wholeWord, regex, status,
                button("find-close", "find.close", messages, handler::close));
        findRow.getStyleClass().add("find-row");

        replaceField.setId("find-replace-field");
        describe(replaceField, messages, "find.replace.accessible");
        replaceField.promptTextProperty().bind(messages.text("find.replace.prompt"));
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        replaceField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                handler.replace();
                event.consume();
            }
        });
        replaceRow = new HBox(6, replaceField, button("find-replace", "find.replace", messages, handler::replace),
                button("find-replace-all", "find.replaceAll", messages, handler::replaceAll));
        replaceRow.getStyleClass().add("find-row");
        showReplace(false);

        root = new VBox(4, findRow, replaceRow);
        root.setId("find-bar");
        root.getStyleClass().add("find-bar");
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                handler.close();
                event.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    String needle() {
        return findField.getText();
    }

    String replacement() {
        return replaceField.getText();
    }

    TextSearch.Options options() {
        return new TextSearch.Options(matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
    }

    void showReplace(boolean shown) {
        replaceRow.setVisible(shown);
        replaceRow.setManaged(shown);
    }

    /** Puts the focus in the find field with its text selected, starting from {@code seed} when one is given. */
    void focusField(String seed) {
        if (seed != null && !seed.isEmpty()) {
            findField.setText(seed);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    void setStatus(String text, boolean bad) {
        status.setText(text);
        status.getStyleClass().remove("find-status-bad");
        if (bad) {
            status.getStyleClass().add("find-status-bad");
        }
    }

    private static void option(CheckBox box, String id, String key, Messages messages, Handler handler) {
        box.setId(id);
        box.setMnemonicParsing(true);
        box.textProperty().bind(messages.text(key));
        describe(box, messages, key + ".tooltip");
        box.selectedProperty().addListener((obs, old, now) -> handler.searchChanged());
    }

    private static Button button(String id, String key, Messages messages, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.text(key));
        describe(button, messages, key + ".tooltip");
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void describe(Control control, Messages messages, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(key));
        control.setTooltip(tip);
        control.accessibleTextProperty().bind(messages.text(key));
    }

    /** A one-line selection in the editor being edited seeds the find field, as in most editors. */
    static String seed(EditTarget edit) {
        if (edit.area() instanceof SectionArea area) {
            String selected = area.getSelectedText();
            if (!selected.isEmpty() && selected.length() <= 200 && selected.indexOf('\n') < 0) {
                return selected;
            }
        }
        return null;
    }
}

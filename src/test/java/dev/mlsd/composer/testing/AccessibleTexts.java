package dev.mlsd.composer.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Walks a scene graph for the controls a screen reader announces and lists those it could only
 * call by their type: no accessible text, no visible text of their own, and no label pointing at
 * them with {@code labelFor}.
 */
public final class AccessibleTexts {

    private AccessibleTexts() {
    }

    /** Each control under {@code root} without an accessible name, described by its class, id and style classes. */
    public static List<String> missing(Parent root) {
        List<Label> labels = new ArrayList<>();
        collectLabels(root, labels);
        List<String> missing = new ArrayList<>();
        walk(root, labels, missing);
        return missing;
    }

    private static void collectLabels(Node node, List<Label> labels) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labels.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabels(child, labels));
        }
        if (node instanceof TitledPane titled && titled.getContent() != null) {
            collectLabels(titled.getContent(), labels);
        }
    }

    private static void walk(Node node, List<Label> labels, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        if (announced(node)) {
            if (!named(node, labels)) {
                missing.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + node.getStyleClass());
            }
            // Its insides (cells, scroll bars, the arrow of a combo box) belong to its skin and are announced as part of it.
            return;
        }
        if (node instanceof Control && !(container(node))) {
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, labels, missing));
        }
    }

    private static boolean announced(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TreeView<?>
                || node instanceof Spinner<?> || node instanceof Slider || node instanceof GenericStyledArea<?, ?, ?>;
    }

    /** Controls that only hold others: they are walked into. */
    private static boolean container(Node node) {
        return node instanceof ScrollPane || node instanceof SplitPane || node instanceof TitledPane || node instanceof ToolBar
                || node instanceof ButtonBar || node instanceof DialogPane || node instanceof TabPane || node instanceof Accordion
                || node instanceof Label;
    }

    private static boolean named(Node node, List<Label> labels) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().replace("_", "").isBlank()) {
            return true;
        }
        return labels.stream().anyMatch(l -> l.getLabelFor() == node && l.getText() != null && !l.getText().isBlank());
    }
}

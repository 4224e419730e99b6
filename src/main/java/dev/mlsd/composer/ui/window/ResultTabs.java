package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The tabs under the preview: the checks, the history of versions, and the answers. A row of toggle buttons over
 * the two panes rather than a TabPane, whose skin brings an untranslated "Close" of its own.
 */
public final class ResultTabs {

    private static final double ROOMY = 330;

    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton checks;
    private final ToggleButton history;
    private final ToggleButton answers;
    private final StackPane panes = new StackPane();
    private final VBox root;

    public ResultTabs(Node checksPane, Node historyPane, Node answersPane, Messages messages) {
        checks = tab("tab-checks", checksPane, messages, "tab.checks");
        history = tab("tab-history", historyPane, messages, "tab.history");
        answers = tab("tab-answers", answersPane, messages, "tab.answers");
        // Only the checks are in the scene at first: a pane joins it when its tab is first shown, so the
        // first frame styles and lays out none of the versions' and answers' controls (about 100 ms).
        panes.getChildren().add(checksPane);
        joinWhenShown(history, historyPane);
        joinWhenShown(answers, answersPane);
        HBox strip = new HBox(2, checks, history, answers);
        strip.getStyleClass().add("result-tab-strip");

        VBox.setVgrow(panes, Priority.ALWAYS);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        checks.setSelected(true);
        root = new VBox(strip, panes);
        root.getStyleClass().add("result-tabs");
        // Versions and answers need room to be read: their tabs claim it from the preview above, the checks do not.
        root.minHeightProperty().bind(javafx.beans.binding.Bindings.when(checks.selectedProperty()).then(0.0).otherwise(ROOMY));
    }

    private void joinWhenShown(ToggleButton tab, Node pane) {
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && !panes.getChildren().contains(pane)) {
                panes.getChildren().add(pane);
            }
        });
    }

    private ToggleButton tab(String id, Node pane, Messages messages, String key) {
        ToggleButton tab = new ToggleButton();
        tab.setId(id);
        tab.textProperty().bind(messages.text(key));
        tab.setToggleGroup(group);
        tab.getStyleClass().add("result-tab");
        pane.visibleProperty().bind(tab.selectedProperty());
        pane.managedProperty().bind(tab.selectedProperty());
        return tab;
    }

    /** Brings the History tab to the front. */
    public void showHistory() {
        history.setSelected(true);
    }

    public boolean historyShown() {
        return history.isSelected();
    }

    /** Brings the Answers tab to the front (an answer came in). */
    public void showAnswers() {
        answers.setSelected(true);
    }

    public boolean answersShown() {
        return answers.isSelected();
    }

    public Node node() {
        return root;
    }
}

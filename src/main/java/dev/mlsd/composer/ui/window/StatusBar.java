package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The bottom line: the last thing that happened (saved, copied, opened), the checks' summary and the sections' counts. */
public final class StatusBar {

    private static final Duration BRIEFLY = Duration.seconds(2);

    private final Label message = new Label();
    private final Label counts = new Label();
    private final Label checks = new Label();
    private final StringProperty selection = new SimpleStringProperty("");
    private final HBox root;

    public StatusBar(ProjectViewModel model, Messages messages) {
        message.getStyleClass().add("status-message");
        counts.getStyleClass().add("status-counts");
        checks.getStyleClass().add("status-checks");
        // Summed from the document on every change (three sections: cheap), never kept apart.
        StringBinding sections = Bindings.createStringBinding(() -> {
            TextCounts c = model.document() == null ? TextCounts.ZERO : model.document().sectionCounts();
            return messages.get("status.counts", c.words(), c.chars());
        }, messages.localeProperty(), model.documentProperty(), model.saveStateProperty());
        counts.textProperty().bind(Bindings.when(selection.isEmpty()).then(sections).otherwise(selection));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(12, message, spacer, checks, counts);
        root.getStyleClass().add("status-bar");
    }

    public Node node() {
        return root;
    }

    /** Adds a control at the right end (the token meter). */
    public void addRight(Node node) {
        root.getChildren().add(node);
    }

    /** Shows {@code summary} as the checks' summary ("1 error · 2 warnings"), following it as it changes. */
    public void showChecks(ObservableValue<String> summary) {
        checks.textProperty().bind(summary);
    }

    /** Shows {@code counts} (the selection's) in place of the sections' counts whenever it is not empty. */
    public void showSelection(ObservableValue<String> counts) {
        selection.bind(counts);
    }

    /** Says what just happened. */
    public void show(String text) {
        message.setText(text);
    }

    /** Says something only for a moment (the zoom's size), then clears it unless something else was said since. */
    public void showBriefly(String text) {
        message.setText(text);
        PauseTransition clear = new PauseTransition(BRIEFLY);
        clear.setOnFinished(e -> {
            if (text.equals(message.getText())) {
                message.setText("");
            }
        });
        clear.play();
    }

    Label messageLabel() {
        return message;
    }
}

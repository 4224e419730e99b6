package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the last thing that happened (saved, copied, opened) and the sections' counts. */
final class StatusBar {

    private final Label message = new Label();
    private final Label counts = new Label();
    private final Label checks = new Label();
    private final HBox root;

    StatusBar(ProjectViewModel model, Messages messages) {
        message.getStyleClass().add("status-message");
        counts.getStyleClass().add("status-counts");
        checks.getStyleClass().add("status-checks");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            TextCounts c = model.totalsProperty().get();
            return messages.get("status.counts", c.words(), c.chars());
        }, messages.localeProperty(), model.totalsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(12, message, spacer, checks, counts);
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }

    /** Adds a control at the right end (the token meter). */
    void addRight(Node node) {
        root.getChildren().add(node);
    }

    /** The checks' summary ("1 error · 2 warnings"). */
    void showChecks(String summary) {
        checks.setText(summary);
    }

    void show(String text) {
        message.setText(text);
    }

    Label messageLabel() {
        return message;
    }
}

package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.model.Version;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One version in the history list: number, time, tokens and answers, its label, and what changed. */
final class VersionCell extends ListCell<Version> {

    private final Function<Version, String> facts;
    private final Function<Version, String> summary;
    private final Label factsLabel = new Label();
    private final Label userLabel = new Label();
    private final Label summaryLabel = new Label();
    private final VBox box = new VBox(2, new HBox(8, factsLabel, userLabel), summaryLabel);

    VersionCell(Function<Version, String> facts, Function<Version, String> summary) {
        this.facts = facts;
        this.summary = summary;
        factsLabel.getStyleClass().add("version-facts");
        userLabel.getStyleClass().add("version-label");
        summaryLabel.getStyleClass().add("version-summary");
        getStyleClass().add("version-cell");
    }

    @Override
    protected void updateItem(Version version, boolean empty) {
        super.updateItem(version, empty);
        if (empty || version == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        factsLabel.setText(facts.apply(version));
        userLabel.setText(version.label() == null ? "" : version.label());
        userLabel.setVisible(version.label() != null);
        summaryLabel.setText(summary.apply(version));
        setText(null);
        setGraphic(box);
    }
}

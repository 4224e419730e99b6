package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.model.Version;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One version in the history list: its number and label, then time, tokens and answers, then what changed. */
final class VersionCell extends ListCell<Version> {

    private final Function<Version, String> number;
    private final Function<Version, String> facts;
    private final Function<Version, String> summary;
    private final Label numberLabel = new Label();
    private final Label factsLabel = new Label();
    private final Label userLabel = new Label();
    private final Label summaryLabel = new Label();
    private final VBox box = new VBox(2, new HBox(8, numberLabel, userLabel), factsLabel, summaryLabel);

    VersionCell(Function<Version, String> number, Function<Version, String> facts, Function<Version, String> summary) {
        this.number = number;
        this.facts = facts;
        this.summary = summary;
        numberLabel.getStyleClass().add("version-number");
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
        numberLabel.setText(number.apply(version));
        factsLabel.setText(facts.apply(version));
        userLabel.setText(version.label() == null ? "" : version.label());
        userLabel.setVisible(version.label() != null);
        summaryLabel.setText(summary.apply(version));
        setText(null);
        setGraphic(box);
    }
}

package dev.mlsd.composer.ui.answer;

import dev.mlsd.composer.core.answer.AnswerCheck;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Which parts the template expects an answer to cover it does cover and which it lacks, checked off
 * the FX thread; a result for text that has changed since is dropped.
 */
public final class AnswerChecksView {

    private final Background analysis;
    private final Messages messages;
    private final Label summary = new Label();
    private final FlowPane parts = new FlowPane(10, 2);
    private final VBox root = new VBox(2, summary, parts);
    private long generation;
    private AnswerCheck.Coverage shown;
    private String shownKey = "answer.checks.none";

    public AnswerChecksView(Background analysis, Messages messages) {
        this.analysis = analysis;
        this.messages = messages;
        root.getStyleClass().add("answer-checks");
        summary.getStyleClass().add("answer-checks-summary");
        summary.setWrapText(true);
        messages.localeProperty().addListener((obs, old, now) -> {
            if (shown != null) {
                show(shown);
            } else {
                summary.setText(messages.get(shownKey));
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Checks {@code text} against {@code spec} (none: the template declares no expected parts). */
    public void check(String text, Optional<AnswerSpec> spec) {
        long mine = ++generation;
        if (spec.isEmpty() || spec.get().parts().isEmpty()) {
            shown = null;
            shownKey = "answer.checks.none";
            summary.setText(messages.get(shownKey));
            parts.getChildren().clear();
            return;
        }
        AnswerSpec expected = spec.get();
        analysis.run(() -> new AnswerCheck(expected).check(text), coverage -> {
            if (mine == generation) {
                show(coverage);
            }
        }, e -> {
            shown = null;
            shownKey = "answer.checks.failed";
            summary.setText(messages.get(shownKey));
        });
    }

    /** The coverage shown now (null before the first result or without expected parts). */
    public AnswerCheck.Coverage coverage() {
        return shown;
    }

    private void show(AnswerCheck.Coverage coverage) {
        shown = coverage;
        int total = coverage.covers().size() + coverage.lacks().size();
        summary.setText(coverage.complete() ? messages.get("answer.checks.complete", total)
                : messages.get("answer.checks.partial", coverage.covers().size(), total));
        parts.getChildren().clear();
        add(coverage.covers(), "answer.checks.covers", "answer-covers");
        add(coverage.lacks(), "answer.checks.lacks", "answer-lacks");
    }

    private void add(List<AnswerSpec.ExpectedPart> list, String key, String styleClass) {
        for (AnswerSpec.ExpectedPart part : list) {
            Label label = new Label(messages.get(key, part.title()));
            label.getStyleClass().add(styleClass);
            label.setId("answer-part-" + part.id());
            parts.getChildren().add(label);
        }
    }
}

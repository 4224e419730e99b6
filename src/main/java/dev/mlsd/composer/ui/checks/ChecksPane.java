package dev.mlsd.composer.ui.checks;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Severity;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The checks under the preview, grouped by section; clicking one selects its place in the editor. */
public final class ChecksPane {

    private final ProjectViewModel model;
    private final Messages messages;
    private final Consumer<Finding> jumpTo;
    private final Label title = new Label();
    private final VBox list = new VBox(6);
    private final VBox root;
    private List<Finding> shown = List.of();

    public ChecksPane(ProjectViewModel model, CheckRunner runner, Messages messages, Consumer<Finding> jumpTo) {
        this.model = model;
        this.messages = messages;
        this.jumpTo = jumpTo;
        title.getStyleClass().add("pane-title");
        list.getStyleClass().add("checks-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("checks-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, title, scroll);
        root.getStyleClass().add("checks-pane");
        runner.findings().addListener((ListChangeListener<Finding>) change -> show(List.copyOf(runner.findings())));
        messages.localeProperty().addListener((obs, old, now) -> show(shown));
        show(List.of());
    }

    public Node node() {
        return root;
    }

    VBox list() {
        return list;
    }

    private void show(List<Finding> findings) {
        shown = findings;
        title.setText(messages.get("checks.title", findings.size()));
        list.getChildren().clear();
        if (findings.isEmpty()) {
            Label none = new Label(messages.get("checks.none"));
            none.getStyleClass().add("checks-none");
            list.getChildren().add(none);
            return;
        }
        Map<String, VBox> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            VBox group = groups.computeIfAbsent(String.valueOf(finding.slot()), slot -> {
                VBox box = new VBox(4);
                Label heading = new Label(sectionTitle(finding.slot()));
                heading.getStyleClass().addAll("checks-section", "template-text");
                box.getChildren().add(heading);
                list.getChildren().add(box);
                return box;
            });
            group.getChildren().add(row(finding));
        }
    }

    private Node row(Finding finding) {
        Label icon = new Label(switch (finding.severity()) {
            case ERROR -> "✖";
            case WARNING -> "⚠";
            case INFO -> "ⓘ";
        });
        icon.getStyleClass().addAll("check-icon", "check-" + finding.severity().id());
        icon.setMinWidth(18);
        Label message = new Label(finding.message());
        message.setWrapText(true);
        message.getStyleClass().add("check-message");
        Label why = new Label(finding.why());
        why.setWrapText(true);
        why.getStyleClass().add("check-why");
        VBox text = new VBox(1, message, why);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, icon, text);
        row.getStyleClass().addAll("check-row", "check-" + finding.severity().id());
        row.setCursor(Cursor.HAND);
        row.setAccessibleText(messages.get("checks.severity." + finding.severity().id()) + ": " + finding.message());
        Tooltip.install(row, new Tooltip(messages.get("checks.jump")));
        row.setOnMouseClicked(e -> jumpTo.accept(finding));
        row.setUserData(finding);
        return row;
    }

    private String sectionTitle(String slot) {
        if (slot == null) {
            return messages.get("checks.template");
        }
        return model.template().slot(slot).map(Slot::title).orElse(slot);
    }

    /** A short summary for the status bar: "1 error · 2 warnings". */
    public static String summary(Messages messages, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        return messages.get("status.checks", errors, warnings, infos);
    }
}

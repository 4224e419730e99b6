package dev.mlsd.composer.ui.template;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A bar above the editors about the project's template: when the library has a different
 * version of it (Show differences / Update to the library version — never automatic), and the
 * template's own notices (unknown placeholders, unused slots).
 */
public final class TemplateNotice {

    private final VBox root = new VBox(4);

    public TemplateNotice(ProjectViewModel model, TemplateCommands commands, Messages messages) {
        Label newer = new Label();
        newer.textProperty().bind(messages.text("notice.template.newer"));
        newer.setWrapText(true);
        Button show = new Button();
        show.textProperty().bind(messages.text("notice.template.show"));
        show.setOnAction(e -> commands.showLibraryDifferences());
        Button update = new Button();
        update.textProperty().bind(messages.text("notice.template.update"));
        update.setId("update-template");
        update.setOnAction(e -> commands.updateToLibrary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox newerBar = new HBox(8, newer, spacer, show, update);
        newerBar.getStyleClass().addAll("notice-bar", "notice-newer");
        newerBar.visibleProperty().bind(commands.libraryVersionProperty().isNotNull());
        newerBar.managedProperty().bind(newerBar.visibleProperty());

        Label notices = new Label();
        notices.setWrapText(true);
        notices.getStyleClass().addAll("notice-bar", "notice-template");
        notices.textProperty().bind(Bindings.createStringBinding(() -> {
            Template template = model.document() == null ? null : model.template();
            return template == null || template.notices().isEmpty() ? ""
                    : messages.get("notice.template.problems", String.join("; ", template.notices()));
        }, model.documentProperty(), messages.localeProperty()));
        notices.visibleProperty().bind(notices.textProperty().isNotEmpty());
        notices.managedProperty().bind(notices.visibleProperty());

        root.getChildren().addAll(newerBar, notices);
        root.getStyleClass().add("template-notice");
    }

    public Node node() {
        return root;
    }
}

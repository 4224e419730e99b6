package dev.mlsd.composer.ui.template;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Template → Edit a copy of this template…: a window editing a user template, checked as it is
 * typed (front matter errors with their line, the placeholders, unknown and unused names), with a
 * preview built from the open project's sections. Saved by the library into the user's templates
 * folder, off the FX thread; the library reloads.
 */
public final class TemplateEditorWindow {

    private final Stage stage = new Stage();
    private final StyleClassedTextArea source = new StyleClassedTextArea();
    private final StyleClassedTextArea preview = new StyleClassedTextArea();
    private final ListView<String> checks = new ListView<>();
    private final Label placeholders = new Label();
    private final Button save = new Button();
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(250));
    private final ProjectViewModel model;
    private final TemplateLibrary library;
    private final Background background;
    private final Messages messages;
    private final Consumer<String> status;
    private final Runnable reloadLibrary;
    private final TemplateChecker checker;
    private long revision;
    private TemplateChecker.Result lastResult;

    public TemplateEditorWindow(Window owner, ProjectViewModel model, TemplateLibrary library, Background background,
                                Messages messages, Consumer<String> status, Runnable reloadLibrary) {
        this.model = model;
        this.library = library;
        this.background = background;
        this.messages = messages;
        this.status = status;
        this.reloadLibrary = reloadLibrary;
        this.checker = new TemplateChecker(library, messages);

        source.setWrapText(true);
        source.getStyleClass().add("template-source");
        source.setAccessibleText(messages.get("templateEditor.source"));
        source.replaceText(copyOf(model.template()));
        source.moveTo(0);
        source.plainTextChanges().subscribe(change -> {
            revision++;
            checkDelay.playFromStart();
        });
        checkDelay.setOnFinished(e -> check());

        preview.setEditable(false);
        preview.setWrapText(true);
        preview.getStyleClass().add("preview-area");
        preview.setAccessibleText(messages.get("templateEditor.preview"));
        checks.getStyleClass().add("template-checks");
        checks.setAccessibleText(messages.get("templateEditor.checks"));
        checks.setPrefHeight(140);
        placeholders.setWrapText(true);
        placeholders.getStyleClass().add("template-placeholders");

        save.setText(messages.get("templateEditor.save"));
        save.setDisable(true);
        save.setOnAction(e -> save());
        Label hint = new Label(messages.get("templateEditor.hint", library.userFolder()));
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, hint, spacer, save);
        top.getStyleClass().add("pane-header");

        Label checksTitle = new Label(messages.get("templateEditor.checks"));
        checksTitle.getStyleClass().add("pane-title");
        Label previewTitle = new Label(messages.get("templateEditor.preview"));
        previewTitle.getStyleClass().add("pane-title");
        VirtualizedScrollPane<StyleClassedTextArea> previewScroll = new VirtualizedScrollPane<>(preview);
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        VBox right = new VBox(6, checksTitle, checks, placeholders, previewTitle, previewScroll);
        right.getStyleClass().add("preview-pane");
        VBox left = new VBox(new VirtualizedScrollPane<>(source));
        VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
        left.getStyleClass().add("section-editor");
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        BorderPane root = new BorderPane(split);
        root.setTop(top);

        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(TemplateEditorWindow.class.getResource("/css/app.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+S"), () -> {
            if (!save.isDisabled()) {
                save();
            }
        });
        // Esc closes, as in the other dialogs. Tab types a tab in the source; Ctrl+Tab (JavaFX's way out of a
        // text area) goes on to the checks and Ctrl+Shift+Tab back to the Save button, which RichTextFX does not do.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        source.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShortcutDown()) {
                (e.isShiftDown() ? save : checks).requestFocus();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.get("templateEditor.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        check();
    }

    public void show() {
        stage.show();
        source.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public StyleClassedTextArea source() {
        return source;
    }

    public ListView<String> checks() {
        return checks;
    }

    public StyleClassedTextArea preview() {
        return preview;
    }

    public Label placeholders() {
        return placeholders;
    }

    public Button saveButton() {
        return save;
    }

    /** Checks the text now (off the FX thread) and shows the result if the text has not changed since. */
    private void check() {
        long asked = revision;
        String text = source.getText();
        Map<String, String> sections = model.document().sections();
        background.run(() -> checker.check(text, sections), result -> {
            if (asked == revision) {
                show(result);
            }
        }, e -> { });
    }

    private void show(TemplateChecker.Result result) {
        lastResult = result;
        checks.getItems().setAll(result.messages());
        placeholders.setText(result.placeholderSummary());
        save.setDisable(!result.canSave());
        if (result.prompt() != null) {
            preview.replaceText(result.prompt());
            preview.moveTo(0);
            preview.requestFollowCaret();
        }
    }

    private void save() {
        TemplateChecker.Result result = lastResult;
        if (result == null || !result.canSave()) {
            return;
        }
        Template template = result.template();
        String text = source.getText();
        background.run(() -> library.saveUserTemplate(text), saved -> {
            status.accept(messages.get("status.template.saved", template.id(), saved));
            stage.setTitle(messages.get("templateEditor.title") + " — " + saved.getFileName());
            reloadLibrary.run();
        }, e -> checks.getItems().add(0, messages.get("templateEditor.saveFailed", new ErrorText(messages).describe(e))));
    }

    /**
     * The source of a copy of {@code template} with a new id and title. A front matter that cannot
     * be edited in place (an id given by a YAML alias, say) leaves the copy as the original: the
     * checks then say its id is taken, and the user changes it by hand.
     */
    private String copyOf(Template template) {
        try {
            return library.copySource(template, messages.get("templateEditor.copyTitle", template.title()));
        } catch (TemplateException e) {
            return template.source();
        }
    }
}

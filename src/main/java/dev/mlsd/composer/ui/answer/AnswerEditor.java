package dev.mlsd.composer.ui.answer;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.ui.editor.MarkdownArea;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * One answer, to read and edit: its text (Markdown, highlighted as the sections are), the model that
 * gave it, the version it answers and when, whether it is the accepted one, and the answer checks.
 * Edits reach the history a moment after typing stops (and before anything reads it, through
 * {@link #flush()}); undo is the text area's own.
 */
public final class AnswerEditor {

    static final Duration QUIET = Duration.millis(400);

    private final ProjectViewModel history;
    private final AnswerCommands commands;
    private final Messages messages;
    private final Supplier<Optional<AnswerSpec>> spec;
    private final MarkdownArea area = new MarkdownArea();
    private final TextField modelName = new TextField();
    private final Label about = new Label();
    private final Label acceptedMark = new Label();
    private final Button accept = new Button();
    private final AnswerChecksView checks;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private static final double CHECKS_HEIGHT = 84;

    private final VBox root;
    private dev.mlsd.composer.ui.editor.SpellingUnderlines spellingUnderlines;
    private dev.mlsd.composer.ui.editor.SpellingMenu spellingMenu;
    private String answerId;
    private boolean showing;
    private boolean pending;

    public AnswerEditor(ProjectViewModel history, AnswerCommands commands, AnswerChecksView checks, Messages messages,
                        Supplier<Optional<AnswerSpec>> spec) {
        this.history = history;
        this.commands = commands;
        this.checks = checks;
        this.messages = messages;
        this.spec = spec;
        area.getStyleClass().addAll("answer-area", "zoomed-text");
        area.accessibleTextProperty().bind(messages.text("answer.editor.accessible"));
        modelName.promptTextProperty().bind(messages.text("answer.model.prompt"));
        modelName.accessibleTextProperty().bind(messages.text("answer.model.prompt"));
        modelName.getStyleClass().add("answer-model");
        modelName.setPrefColumnCount(12);
        about.getStyleClass().add("answer-about");
        acceptedMark.textProperty().bind(messages.text("answer.accepted"));
        acceptedMark.getStyleClass().add("answer-accepted");
        accept.textProperty().bind(messages.text("answer.accept"));
        accept.getStyleClass().add("answer-accept");
        accept.setOnAction(e -> {
            flush();
            if (answerId != null) {
                commands.accept(answerId);
            }
        });

        quiet.setOnFinished(e -> flush());
        area.plainTextChanges().subscribe(change -> edited());
        modelName.textProperty().addListener((obs, old, now) -> edited());
        modelName.setOnAction(e -> flush());
        history.historyProperty().addListener((obs, old, now) -> follow(now));
        history.flushBeforeSnapshot(this::flush);
        messages.localeProperty().addListener((obs, old, now) -> describe(history.history()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(modelName, Priority.SOMETIMES);
        HBox header = new HBox(8, modelName, spacer, acceptedMark, accept);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add("answer-header");
        VirtualizedScrollPane<MarkdownArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The checks take a few lines at most: the answer's text is what the pane is for.
        javafx.scene.control.ScrollPane checksScroll = new javafx.scene.control.ScrollPane(checks.node());
        checksScroll.setFitToWidth(true);
        checksScroll.setMaxHeight(CHECKS_HEIGHT);
        checksScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        checksScroll.setPrefViewportHeight(CHECKS_HEIGHT);
        checksScroll.getStyleClass().add("answer-checks-scroll");
        checksScroll.accessibleTextProperty().bind(messages.text("answer.checks.accessible"));
        root = new VBox(4, about, header, scroll, checksScroll);
        root.getStyleClass().add("answer-editor");
        show(null);
    }

    public Node node() {
        return root;
    }

    /** Underlines the answer's misspelt words and offers their fixes, as the section editors do. */
    public void checkSpelling(dev.mlsd.composer.ui.editor.SpellingService spelling) {
        spellingUnderlines = dev.mlsd.composer.ui.editor.SpellingUnderlines.attach(area, spelling);
        spellingMenu = dev.mlsd.composer.ui.editor.SpellingMenu.install(area, spelling, messages);
    }

    /** The answer's spelling underlines (null until {@link #checkSpelling}). */
    public dev.mlsd.composer.ui.editor.SpellingUnderlines spellingUnderlines() {
        return spellingUnderlines;
    }

    /** The answer area's context menu (null until {@link #checkSpelling}). */
    public dev.mlsd.composer.ui.editor.SpellingMenu spellingMenu() {
        return spellingMenu;
    }

    public MarkdownArea area() {
        return area;
    }

    public TextField modelName() {
        return modelName;
    }

    public Button acceptButton() {
        return accept;
    }

    public AnswerChecksView checks() {
        return checks;
    }

    /** The id of the answer shown (null: none). */
    public String answerId() {
        return answerId;
    }

    /** Shows answer {@code id} (null, or one that is not there: nothing to edit). An edit still pending is kept first. */
    public void show(String id) {
        flush();
        Optional<Answer> answer = id == null ? Optional.empty() : history.history().answer(id);
        answerId = answer.map(Answer::id).orElse(null);
        showing = true;
        area.show(answer.map(Answer::text).orElse(""));
        modelName.setText(answer.map(Answer::model).orElse(""));
        showing = false;
        area.setDisable(answerId == null);
        modelName.setDisable(answerId == null);
        describe(history.history());
        checks.check(area.getText(), answerId == null ? Optional.empty() : spec.get());
    }

    /** Keeps an edit still waiting for typing to stop, now. */
    public void flush() {
        quiet.stop();
        if (!pending || answerId == null) {
            pending = false;
            return;
        }
        pending = false;
        if (commands.revise(answerId, modelName.getText(), area.getText())) {
            checks.check(area.getText(), spec.get());
        }
    }

    private void edited() {
        if (showing || answerId == null) {
            return;
        }
        if (!pending && quiet.getStatus() != Animation.Status.RUNNING) {
            // The first edit of a run is kept at once, so the project shows (and asks about) unsaved changes.
            pending = true;
            flush();
            quiet.playFromStart();
            return;
        }
        pending = true;
        quiet.playFromStart();
    }

    /** Follows a change of the history made elsewhere: the mark moved, the answer was deleted or merged in from outside. */
    private void follow(History now) {
        if (answerId == null) {
            return;
        }
        Optional<Answer> answer = now.answer(answerId);
        if (answer.isEmpty()) {
            pending = false;
            show(null);
        } else if (!pending && !answer.get().text().equals(area.getText())) {
            show(answerId);
        } else {
            describe(now);
        }
    }

    private void describe(History now) {
        Optional<Answer> answer = answerId == null ? Optional.empty() : now.answer(answerId);
        boolean accepted = answer.map(now::isAccepted).orElse(false);
        acceptedMark.setVisible(accepted);
        acceptedMark.setManaged(accepted);
        accept.setVisible(answer.isPresent() && !accepted);
        accept.setManaged(answer.isPresent() && !accepted);
        about.setText(answer.map(a -> messages.get("answer.about", a.version(), time(a))).orElse(messages.get("answer.none")));
    }

    private String time(Answer answer) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(answer.created().atZone(ZoneId.systemDefault()));
    }
}

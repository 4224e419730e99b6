package dev.mlsd.composer.ui.answer;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.diff.DiffSection;
import dev.mlsd.composer.ui.diff.TextDiffView;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The project's answers: a list (each with the version it answers, its model, its time and the
 * accepted mark) beside the answer editor. Selecting one answer edits it; selecting two shows how
 * their texts differ.
 */
public final class AnswersPane {

    private final ProjectViewModel history;
    private final AnswerEditor editor;
    private final Messages messages;
    private final TextDiffView diff;
    private final Background analysis;
    private final ListView<Answer> list = new ListView<>();
    private final StackPane detail = new StackPane();
    private final Label title = new Label();
    private final VBox root;
    private List<String> selectedIds = List.of();
    private boolean refreshing;

    /**
     * {@code diff} shows how two answers differ, worked out on {@code analysis}; {@code paste} and
     * {@code typeNew} are Paste answer and New answer.
     */
    public AnswersPane(ProjectViewModel history, AnswerEditor editor, Messages messages, TextDiffView diff, Background analysis,
                       Runnable paste, Runnable typeNew) {
        this.history = history;
        this.editor = editor;
        this.messages = messages;
        this.diff = diff;
        this.analysis = analysis;
        title.getStyleClass().add("pane-title");
        Button pasteButton = button("answers.paste", "answers-paste", paste);
        Button newButton = button("answers.new", "answers-new", typeNew);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, pasteButton, newButton);
        header.getStyleClass().add("pane-header");

        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getStyleClass().add("answers-list");
        list.accessibleTextProperty().bind(messages.text("answers.list.accessible"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Answer answer, boolean empty) {
                super.updateItem(answer, empty);
                setText(empty || answer == null ? null : describe(answer));
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(messages.text("answers.empty"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Answer>) change -> selectionChanged());
        detail.getChildren().setAll(editor.node());
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.24);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(4, header, split);
        root.getStyleClass().add("answers-pane");

        history.historyProperty().addListener((obs, old, now) -> refresh(now));
        messages.localeProperty().addListener((obs, old, now) -> refresh(history.history()));
        refresh(history.history());
    }

    public Node node() {
        return root;
    }

    public ListView<Answer> list() {
        return list;
    }

    public AnswerEditor editor() {
        return editor;
    }

    /** Where two selected answers are compared. */
    public TextDiffView diffView() {
        return diff;
    }

    /** Selects answer {@code id} alone and shows it in the editor. */
    public void select(String id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    /** Selects answers {@code first} and {@code second}: their texts are compared. */
    public void compare(String first, String second) {
        list.getSelectionModel().clearSelection();
        for (String id : List.of(first, second)) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    private void refresh(History now) {
        refreshing = true;
        try {
            list.getItems().setAll(now.answers());
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (selectedIds.contains(list.getItems().get(i).id())) {
                    list.getSelectionModel().select(i);
                }
            }
        } finally {
            refreshing = false;
        }
        title.setText(messages.get("answers.title", now.answers().size()));
        selectionChanged();
    }

    private void selectionChanged() {
        if (refreshing) {
            return;
        }
        List<String> ids = list.getSelectionModel().getSelectedItems().stream().map(Answer::id).toList();
        if (ids.equals(selectedIds)) {
            return;
        }
        selectedIds = ids;
        if (ids.size() == 2) {
            editor.flush();
            compare(history.history().answer(ids.get(0)).orElseThrow(), history.history().answer(ids.get(1)).orElseThrow());
        } else {
            editor.show(ids.size() == 1 ? ids.get(0) : null);
            detail.getChildren().setAll(editor.node());
        }
    }

    /** Shows how {@code older} became {@code newer}; the lines, word marks and styled text are made off the FX thread. */
    private void compare(Answer older, Answer newer) {
        List<String> asked = selectedIds;
        String title = messages.get("answers.compare", describe(older), describe(newer));
        diff.showPlain(messages.get("answers.comparing"));
        detail.getChildren().setAll(diff.node());
        analysis.run(() -> TextDiffView.prepare(List.of(DiffSection.between(title, older.text(), newer.text())), messages), prepared -> {
            if (asked.equals(selectedIds)) {
                diff.show(prepared);
            }
        }, e -> diff.showPlain(messages.get("answers.compare.failed")));
    }

    private String describe(Answer answer) {
        History now = history.history();
        String model = answer.model() == null ? messages.get("answers.model.none") : answer.model();
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(answer.created().atZone(ZoneId.systemDefault()));
        return messages.get(now.isAccepted(answer) ? "answers.item.accepted" : "answers.item", answer.version(), model, time);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(messages.text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}

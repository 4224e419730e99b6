package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.diff.TextDiffView;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The History tab: the versions newest first in a virtualised list; one selected shows its prompt,
 * two show their differences (per section, or the whole prompt) with the changed words marked.
 * Restore, Label… and Delete… act on the one selected. Prompts, diffs and the list's summaries are
 * worked out off the FX thread; an answer for a selection that is no longer current is dropped.
 */
public final class HistoryPanel {

    private final ProjectViewModel model;
    private final HistoryCommands commands;
    private final Messages messages;
    private final Background background;
    private final VersionComparison comparison;
    private final HistorySummaries summaries;
    private final ListView<Version> list = new ListView<>();
    private final Label heading = new Label();
    private final TextDiffView view;
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton bySection = new ToggleButton();
    private final ToggleButton wholePrompt = new ToggleButton();
    private final Button restore = new Button();
    private final Button label = new Button();
    private final Button delete = new Button();
    private final Label placeholder = new Label();
    private final VBox root;
    private long request;
    private boolean refreshing;
    private Shown compared;
    private Map<Integer, Integer> answerCounts = Map.of();
    private DateTimeFormatter timeFormat;

    /** Both views of a comparison, ready to show. */
    private record Shown(TextDiffView.Prepared bySection, TextDiffView.Prepared wholePrompt) {
    }

    public HistoryPanel(ProjectViewModel model, HistoryCommands commands, Messages messages, Background background) {
        this.model = model;
        this.commands = commands;
        this.messages = messages;
        this.background = background;
        this.comparison = new VersionComparison(commands.book());
        this.summaries = new HistorySummaries(background, messages);
        this.view = new TextDiffView(messages);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new VersionCell(v -> messages.get("history.number", v.number()), this::facts, v -> summaries.line(model.history(), v)));
        list.setPlaceholder(placeholder);
        list.getStyleClass().add("history-list");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("history-none");
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Version>) change -> {
            if (!refreshing) {
                selectionChanged();
            }
        });
        bySection.setToggleGroup(mode);
        wholePrompt.setToggleGroup(mode);
        bySection.setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showCompared();
            }
        });
        BooleanBinding notOne = Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        act(restore, notOne, commands::restore);
        act(label, notOne, commands::labelAsking);
        act(delete, notOne, commands::deleteAsking);
        ContextMenu menu = new ContextMenu(item(restore, notOne, commands::restore), item(label, notOne, commands::labelAsking),
                item(delete, notOne, commands::deleteAsking));
        list.setContextMenu(menu);
        list.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                onSelected(commands::deleteAsking);
                key.consume();
            }
        });

        heading.getStyleClass().add("pane-title");
        heading.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, restore, label, delete, gap, bySection, wholePrompt);
        bar.getStyleClass().add("history-bar");
        VBox details = new VBox(4, heading, view.node());
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(list, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(4, bar, split);
        root.getStyleClass().add("history-pane");

        messages.localeProperty().addListener((obs, old, now) -> {
            texts();
            list.refresh();
            selectionChanged();
        });
        model.historyProperty().addListener((obs, old, now) -> refresh(now));
        texts();
        refresh(model.history());
    }

    public Node node() {
        return root;
    }

    /** The list of versions, newest first. */
    public ListView<Version> list() {
        return list;
    }

    /** What the right-hand side shows: a version's prompt or the differences of two. */
    public TextDiffView view() {
        return view;
    }

    public Label heading() {
        return heading;
    }

    /** Restore, Label…, Delete…, By section, Whole prompt, in this order. */
    public List<javafx.scene.control.ButtonBase> buttons() {
        return List.of(restore, label, delete, bySection, wholePrompt);
    }

    private void texts() {
        restore.setText(messages.get("history.restore"));
        label.setText(messages.get("history.label"));
        delete.setText(messages.get("history.delete"));
        bySection.setText(messages.get("history.bySection"));
        wholePrompt.setText(messages.get("history.wholePrompt"));
        placeholder.setText(messages.get("history.empty"));
        list.setAccessibleText(messages.get("history.list"));
        for (MenuItem item : list.getContextMenu().getItems()) {
            item.setText(((Button) item.getUserData()).getText());
        }
    }

    private void refresh(History history) {
        List<Integer> chosen = selectedNumbers();
        Map<Integer, Integer> counts = new HashMap<>();
        history.answers().forEach(answer -> counts.merge(answer.version(), 1, Integer::sum));
        answerCounts = counts;
        List<Version> newestFirst = new ArrayList<>(history.versions());
        Collections.reverse(newestFirst);
        refreshing = true;
        try {
            list.getItems().setAll(newestFirst);
            for (int i = 0; i < newestFirst.size(); i++) {
                if (chosen.contains(newestFirst.get(i).number())) {
                    list.getSelectionModel().select(i);
                }
            }
        } finally {
            refreshing = false;
        }
        if (!selectedNumbers().equals(chosen)) {
            selectionChanged();
        }
        summaries.fill(history, list::refresh);
    }

    private List<Integer> selectedNumbers() {
        return list.getSelectionModel().getSelectedItems().stream().map(Version::number).sorted().toList();
    }

    private void selectionChanged() {
        List<Version> chosen = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        chosen.sort((a, b) -> Integer.compare(a.number(), b.number()));
        long asked = ++request;
        compared = null;
        commands.selectedProperty().set(chosen.size() == 1 ? chosen.get(0).number() : null);
        bySection.setVisible(chosen.size() == 2);
        wholePrompt.setVisible(chosen.size() == 2);
        if (chosen.size() == 1) {
            Version version = chosen.get(0);
            heading.setText(messages.get("history.prompt", version.number()));
            background.run(() -> TextDiffView.preparePlain(commands.book().prompt(version)), prompt -> {
                if (asked == request) {
                    view.show(prompt);
                }
            }, e -> view.showPlain(""));
        } else if (chosen.size() == 2) {
            Version older = chosen.get(0);
            Version newer = chosen.get(1);
            heading.setText(messages.get("history.compare", older.number(), newer.number()));
            String templateTitle = messages.get("history.summary.template");
            background.run(() -> {
                VersionComparison.Compared result = comparison.compare(older, newer, templateTitle);
                return new Shown(result.same() ? TextDiffView.preparePlain(messages.get("history.same"))
                        : TextDiffView.prepare(result.bySection(), messages), TextDiffView.prepare(result.wholePrompt(), messages));
            }, result -> {
                if (asked == request) {
                    compared = result;
                    showCompared();
                }
            }, e -> view.showPlain(""));
        } else {
            heading.setText(messages.get(chosen.isEmpty() ? "history.hint" : "history.tooMany"));
            view.showPlain("");
        }
    }

    private void showCompared() {
        if (compared != null) {
            view.show(mode.getSelectedToggle() == bySection ? compared.bySection() : compared.wholePrompt());
        }
    }

    private String facts(Version version) {
        return messages.get("history.row", time(version.created()), version.tokens(),
                answerCounts.getOrDefault(version.number(), 0));
    }

    private String time(Instant created) {
        if (timeFormat == null || !timeFormat.getLocale().equals(messages.locale())) {
            timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                    .withZone(ZoneId.systemDefault());
        }
        return timeFormat.format(created);
    }

    private void act(Button button, BooleanBinding disabled, IntConsumer onVersion) {
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> onSelected(onVersion));
    }

    private MenuItem item(Button like, BooleanBinding disabled, IntConsumer onVersion) {
        MenuItem item = new MenuItem();
        item.setUserData(like);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> onSelected(onVersion));
        return item;
    }

    private void onSelected(IntConsumer onVersion) {
        if (list.getSelectionModel().getSelectedItems().size() == 1) {
            onVersion.accept(list.getSelectionModel().getSelectedItems().get(0).number());
        }
    }
}

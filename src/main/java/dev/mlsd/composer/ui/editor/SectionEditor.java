package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.ui.theme.SlotTint;
import java.util.ArrayList;
import java.util.List;
import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The editor of one section: its title, hint, guiding questions (collapsible), counts and the
 * Markdown-highlighted text area. Every edit goes to the view-model as it happens.
 */
public final class SectionEditor {

    private final Slot slot;
    private final SectionArea area = new SectionArea();
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter(area);
    private final VBox root;
    private final SpellingUnderlines spellingUnderlines;
    private final SpellingMenu spellingMenu;
    private VBox questions;
    private List<MarkdownHighlighter.Mark> findingMarks = List.of();
    private List<MarkdownHighlighter.Mark> matchMarks = List.of();

    public SectionEditor(Slot slot, int index, ProjectViewModel model, Messages messages, SpellingService spelling) {
        this.slot = slot;
        Label title = templateLabel(slot.title(), "section-title");
        Label counts = new Label();
        counts.getStyleClass().add("section-counts");
        // Read from the document this editor was made for; every change of it moves the revision.
        PromptDocument document = model.document();
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            TextCounts c = document.counts(slot.id());
            return messages.get("editor.counts", c.words(), c.chars());
        }, messages.localeProperty(), model.saveStateProperty()));

        ToggleButton questionsToggle = new ToggleButton("?");
        questionsToggle.getStyleClass().add("questions-toggle");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("editor.questions.tooltip"));
        questionsToggle.setTooltip(tip);
        questionsToggle.accessibleTextProperty().bind(messages.text("editor.questions.tooltip"));
        questionsToggle.setDisable(slot.questions().isEmpty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, counts, questionsToggle);
        header.getStyleClass().add("section-header");

        area.accessibleTextProperty().bind(messages.text("editor.accessible", slot.title()));
        area.getStyleClass().add(SlotTint.styleClass(index));
        area.replaceText(document.text(slot.id()));
        highlighter.restyleAll();
        area.moveTo(0);
        area.requestFollowCaret();
        area.getUndoManager().forgetHistory();
        area.plainTextChanges().subscribe(change -> {
            model.editSection(slot.id(), change.getPosition(), change.getRemoved().length(), change.getInserted());
            highlighter.restyle(change);
        });
        spellingUnderlines = SpellingUnderlines.attach(area, () -> document.text(slot.id()), spelling);
        spellingMenu = SpellingMenu.install(area, spelling, messages);

        VirtualizedScrollPane<SectionArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, header);
        if (!slot.hint().isEmpty()) {
            root.getChildren().add(templateLabel(slot.hint(), "section-hint"));
        }
        root.getChildren().add(scroll);
        root.getStyleClass().add("section-editor");
        root.setMinHeight(90);
        // The questions are made when first asked for: hidden nodes still cost the first frame their styling.
        questionsToggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && questions == null) {
                questions = new VBox(2);
                questions.getStyleClass().add("section-questions");
                slot.questions().forEach(q -> questions.getChildren().add(templateLabel("• " + q, "section-question")));
                questions.visibleProperty().bind(questionsToggle.selectedProperty());
                questions.managedProperty().bind(questionsToggle.selectedProperty());
                root.getChildren().add(root.getChildren().indexOf(scroll), questions);
            }
        });
    }

    public Node node() {
        return root;
    }

    public SectionArea area() {
        return area;
    }

    public Slot slot() {
        return slot;
    }

    public SpellingUnderlines spellingUnderlines() {
        return spellingUnderlines;
    }

    /** The text area's context menu (spelling, cut, copy, paste). */
    public SpellingMenu spellingMenu() {
        return spellingMenu;
    }

    /** Underlines the ranges of the checks' findings for this section (findings about something missing have none). */
    public void showFindings(List<Finding> findings) {
        List<MarkdownHighlighter.Mark> marks = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.end() > finding.start()) {
                marks.add(new MarkdownHighlighter.Mark(finding.start(), finding.end(), "lint-" + finding.severity().id()));
            }
        }
        findingMarks = marks;
        showMarks();
    }

    /** Highlights the find bar's matches in this section (none to clear them), beside the findings' underlines. */
    public void showMatches(List<TextSearch.Match> matches) {
        if (matches.isEmpty() && matchMarks.isEmpty()) {
            return;
        }
        matchMarks = matches.stream().map(m -> new MarkdownHighlighter.Mark(m.start(), m.end(), "find-match")).toList();
        showMarks();
    }

    private void showMarks() {
        List<MarkdownHighlighter.Mark> marks = new ArrayList<>(findingMarks);
        marks.addAll(matchMarks);
        marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        highlighter.setMarks(marks);
    }

    /** Selects {@code [start, end)} of the section's text and puts the focus here. */
    public void select(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Puts the caret at {@code offset} of the section's text and the focus in this editor. */
    public void focusAt(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
    }


    /** Text from the template (in the template's language, not the UI's) is marked as such. */
    private static Label templateLabel(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClass, "template-text");
        return label;
    }
}

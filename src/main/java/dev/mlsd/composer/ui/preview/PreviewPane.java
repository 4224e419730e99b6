package dev.mlsd.composer.ui.preview;

import dev.mlsd.composer.core.prompt.AssembledPrompt;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.prompt.PromptEdit;
import dev.mlsd.composer.core.prompt.PromptLocation;
import dev.mlsd.composer.core.prompt.Span;
import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import dev.mlsd.composer.ui.theme.SlotTint;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TextOps;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The read-only assembled prompt. Each section's text is tinted by its slot; an edit of a section
 * becomes a replace of just that range here, never a rebuild. A click in a section's text puts
 * the caret at the same place in that section's editor.
 */
public final class PreviewPane {

    private static final TextOps<String, Collection<String>> OPS = SegmentOps.styledTextOps();
    private static final List<String> TEMPLATE_STYLE = List.of("template");

    private final ProjectViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Button copy = new Button();
    private final PreviewMatches matches = new PreviewMatches(area);
    private final Button paste = new Button();
    private final VBox root;

    /** {@code pasteAnswer} is the button beside Copy prompt: the assistant's answer comes back the way the prompt went. */
    public PreviewPane(ProjectViewModel model, Messages messages, Runnable copyPrompt, Runnable pasteAnswer,
                       BiConsumer<String, Integer> jumpTo) {
        this.model = model;
        area.setEditable(false);
        // The preview only follows the model. An area's own undo history would keep every replace,
        // the whole of each project shown before included, for as long as the window is open.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.getStyleClass().add("preview-area");
        area.accessibleTextProperty().bind(messages.text("preview.accessible"));
        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1 && event.isStillSincePress()) {
                int offset = area.hit(event.getX(), event.getY()).getInsertionIndex();
                PromptLocation location = model.locate(offset);
                if (location.inSlot()) {
                    jumpTo.accept(location.slotId(), location.offsetInSlot());
                }
            }
        });

        Label title = new Label();
        title.textProperty().bind(messages.text("preview.title"));
        title.getStyleClass().add("pane-title");
        copy.textProperty().bind(messages.text("preview.copy"));
        copy.getStyleClass().add("copy-button");
        copy.setDefaultButton(false);
        copy.setOnAction(e -> copyPrompt.run());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("preview.copy.tooltip"));
        copy.setTooltip(tip);
        paste.textProperty().bind(messages.text("preview.pasteAnswer"));
        paste.getStyleClass().add("paste-answer-button");
        paste.setOnAction(e -> pasteAnswer.run());
        Tooltip pasteTip = new Tooltip();
        pasteTip.textProperty().bind(messages.text("preview.pasteAnswer.tooltip"));
        paste.setTooltip(pasteTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, paste, copy);
        header.getStyleClass().add("pane-header");

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, header, scroll);
        root.getStyleClass().add("preview-pane");

        model.documentProperty().addListener((obs, old, document) -> show(document));
        model.onSectionChange(change -> apply(change.promptEdits()));
        if (model.document() != null) {
            show(model.document());
        }
    }

    public Node node() {
        return root;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Button copyButton() {
        return copy;
    }

    /** Highlights the find bar's matches in the prompt's text (none to clear them); the text itself is never changed here. */
    public void showMatches(List<TextSearch.Match> found) {
        matches.show(found);
    }

    public Button pasteAnswerButton() {
        return paste;
    }

    private void show(PromptDocument document) {
        AssembledPrompt prompt = document.assemble();
        matches.forget();
        StyledDocument<Collection<String>, String, Collection<String>> styled = null;
        for (Span span : prompt.spans()) {
            String text = prompt.text().substring(span.start(), span.end());
            ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> piece =
                    ReadOnlyStyledDocument.fromString(text, List.of(), style(span.slotId()), OPS);
            styled = styled == null ? piece : styled.concat(piece);
        }
        if (styled == null) {
            area.clear();
        } else {
            area.replace(0, area.getLength(), styled);
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Follows a section edit: replaces exactly the edited range, with the slot's tint. */
    private void apply(List<PromptEdit> edits) {
        for (PromptEdit edit : edits) {
            matches.beforeEdit(edit);
            int end = edit.start() + edit.removedLength();
            if (edit.inserted().isEmpty()) {
                area.deleteText(edit.start(), end);
            } else {
                area.replace(edit.start(), end, ReadOnlyStyledDocument.fromString(edit.inserted(), List.of(), style(edit.slotId()), OPS));
            }
            matches.afterEdit(edit);
        }
    }

    private Collection<String> style(String slotId) {
        if (slotId == null) {
            return TEMPLATE_STYLE;
        }
        return List.of(SlotTint.styleClass(model.template(), slotId));
    }
}

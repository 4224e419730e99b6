package dev.mlsd.composer.ui.editor;

import java.util.List;
import javafx.scene.Node;
import org.fxmisc.richtext.GenericStyledArea;

/** The text area the Edit menu acts on: the one that has, or last had, the focus. */
public final class EditTarget {

    private GenericStyledArea<?, ?, ?> area;
    /** The areas (sections, the answer) a replace all just changed: the next Undo undoes it in all of them, not only the focused one. */
    private List<GenericStyledArea<?, ?, ?>> undoTogether = List.of();

    public void focusMoved(Node owner) {
        if (owner instanceof GenericStyledArea<?, ?, ?> styled) {
            area = styled;
        }
    }

    /** The area that has, or last had, the focus (null when none yet). */
    public GenericStyledArea<?, ?, ?> area() {
        return area;
    }

    public void reset() {
        area = null;
        undoTogether = List.of();
    }

    /** Makes the next {@link #undo()} undo the last change of each of {@code areas} (a replace all). */
    public void undoTogether(List<? extends GenericStyledArea<?, ?, ?>> areas) {
        undoTogether = List.copyOf(areas);
    }

    /** Something else changed since the replace all: Undo is the focused editor's again. */
    public void forgetUndoTogether() {
        undoTogether = List.of();
    }

    public boolean hasUndoTogether() {
        return !undoTogether.isEmpty();
    }

    public void undo() {
        if (!undoTogether.isEmpty()) {
            List<GenericStyledArea<?, ?, ?>> together = undoTogether;
            undoTogether = List.of();
            together.forEach(a -> a.undo());
            return;
        }
        if (area instanceof SectionArea editable) {
            editable.undo();
        }
    }

    public void redo() {
        if (area instanceof SectionArea editable) {
            editable.redo();
        }
    }

    public void cut() {
        if (area instanceof SectionArea || area instanceof MarkdownArea) {
            area.cut();
        }
    }

    public void copy() {
        if (area != null) {
            area.copy();
        }
    }

    public void paste() {
        if (area instanceof SectionArea || area instanceof MarkdownArea) {
            area.paste();
        }
    }

    public void selectAll() {
        if (area != null) {
            area.selectAll();
        }
    }
}

package dev.mlsd.composer.ui.editor;

import javafx.scene.Node;
import org.fxmisc.richtext.GenericStyledArea;

/** The text area the Edit menu acts on: the one that has, or last had, the focus. */
public final class EditTarget {

    private GenericStyledArea<?, ?, ?> area;

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
    }

    public void undo() {
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
        if (area instanceof SectionArea editable) {
            editable.cut();
        }
    }

    public void copy() {
        if (area != null) {
            area.copy();
        }
    }

    public void paste() {
        if (area instanceof SectionArea editable) {
            editable.paste();
        }
    }

    public void selectAll() {
        if (area != null) {
            area.selectAll();
        }
    }
}

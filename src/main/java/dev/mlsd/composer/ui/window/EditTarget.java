package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.editor.SectionArea;
import javafx.scene.Node;
import org.fxmisc.richtext.GenericStyledArea;

/** The text area the Edit menu acts on: the one that has, or last had, the focus. */
final class EditTarget {

    private GenericStyledArea<?, ?, ?> area;

    void focusMoved(Node owner) {
        if (owner instanceof GenericStyledArea<?, ?, ?> styled) {
            area = styled;
        }
    }

    /** The area that has, or last had, the focus (null when none yet). */
    GenericStyledArea<?, ?, ?> area() {
        return area;
    }

    void reset() {
        area = null;
    }

    void undo() {
        if (area instanceof SectionArea editable) {
            editable.undo();
        }
    }

    void redo() {
        if (area instanceof SectionArea editable) {
            editable.redo();
        }
    }

    void cut() {
        if (area instanceof SectionArea editable) {
            editable.cut();
        }
    }

    void copy() {
        if (area != null) {
            area.copy();
        }
    }

    void paste() {
        if (area instanceof SectionArea editable) {
            editable.paste();
        }
    }

    void selectAll() {
        if (area != null) {
            area.selectAll();
        }
    }
}

package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.text.TextNormalizer;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/** A section's text area: wraps lines, undoes text only (not styling), and pastes normalised text. */
public final class SectionArea extends StyleClassedTextArea {

    SectionArea() {
        setWrapText(true);
        setUndoManager(UndoUtils.plainTextUndoManager(this));
        getStyleClass().add("section-area");
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            replaceSelection(TextNormalizer.normalize(clipboard.getString()));
        }
    }
}

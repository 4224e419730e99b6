package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.core.text.TextSearch;
import java.util.List;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A Markdown text area outside the sections (an assistant's answer): highlighted as a section is,
 * by the same highlighter, undoing text only and pasting normalised text.
 */
public final class MarkdownArea extends StyleClassedTextArea {

    private final MarkdownHighlighter highlighter = new MarkdownHighlighter(this);

    public MarkdownArea() {
        setWrapText(true);
        setUndoManager(UndoUtils.plainTextUndoManager(this));
        plainTextChanges().subscribe(highlighter::restyle);
    }

    /** Shows {@code text} as a fresh document: caret at the start, nothing to undo. */
    public void show(String text) {
        replaceText(text);
        moveTo(0);
        requestFollowCaret();
        getUndoManager().forgetHistory();
    }

    /** Highlights the find bar's matches (none to clear them). */
    public void showMatches(List<TextSearch.Match> matches) {
        highlighter.setMarks(matches.stream().map(m -> new MarkdownHighlighter.Mark(m.start(), m.end(), "find-match")).toList());
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            replaceSelection(TextNormalizer.normalize(clipboard.getString()));
        }
    }
}

package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.ui.editor.MarkdownArea;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer editor as the find bar sees it: its text area (empty and disabled while no answer is
 * shown), how to bring its tab to the front, and a count of its text's changes, so that a search
 * result can tell whether it still fits the answer shown.
 */
public final class AnswerTarget {

    private final MarkdownArea area;
    private final Runnable reveal;
    private final List<Runnable> listeners = new ArrayList<>();
    private long revision;

    /** {@code reveal}: shows the tab the answer editor is in. */
    public AnswerTarget(MarkdownArea area, Runnable reveal) {
        this.area = area;
        this.reveal = reveal;
        area.plainTextChanges().subscribe(change -> {
            revision++;
            listeners.forEach(Runnable::run);
        });
    }

    MarkdownArea area() {
        return area;
    }

    /** The text searched: the answer's, or nothing while no answer is shown (the area is disabled then). */
    String text() {
        return area.isDisabled() ? "" : area.getText();
    }

    long revision() {
        return revision;
    }

    void reveal() {
        reveal.run();
    }

    /** Runs {@code listener} after each change of the answer's text (typing, another answer shown, an undo). */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }
}

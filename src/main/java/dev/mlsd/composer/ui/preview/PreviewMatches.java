package dev.mlsd.composer.ui.preview;

import dev.mlsd.composer.core.prompt.PromptEdit;
import dev.mlsd.composer.core.text.TextSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The find bar's matches in the preview: a style class added to the matched text's tint (only
 * those ranges are restyled), and moved along as edits of the sections reach the preview, so
 * clearing them later clears exactly what was marked.
 */
final class PreviewMatches {

    static final String STYLE = "find-match";

    private final StyleClassedTextArea area;
    /** The marked ranges, {@code [start, end)} in the preview's text now, in order and apart. */
    private List<int[]> marks = new ArrayList<>();

    PreviewMatches(StyleClassedTextArea area) {
        this.area = area;
    }

    /** Marks {@code matches} (none to clear), unmarking what was marked before. */
    void show(List<TextSearch.Match> matches) {
        for (int[] mark : marks) {
            restyle(mark[0], mark[1], styles -> without(styles));
        }
        marks = new ArrayList<>();
        for (TextSearch.Match match : matches) {
            int end = Math.min(match.end(), area.getLength());
            if (match.start() < end) {
                restyle(match.start(), end, styles -> with(styles));
                marks.add(new int[] {match.start(), end});
            }
        }
    }

    /** Before an edit is applied: a mark the edit cuts into is unmarked and forgotten (its text is changing). */
    void beforeEdit(PromptEdit edit) {
        int end = edit.start() + edit.removedLength();
        marks.removeIf(mark -> {
            boolean touched = mark[0] <= end && mark[1] >= edit.start();
            if (touched) {
                restyle(mark[0], mark[1], styles -> without(styles));
            }
            return touched;
        });
    }

    /** After an edit is applied: the marks after it move with their text. */
    void afterEdit(PromptEdit edit) {
        int end = edit.start() + edit.removedLength();
        int shift = edit.inserted().length() - edit.removedLength();
        for (int[] mark : marks) {
            if (mark[0] >= end) {
                mark[0] += shift;
                mark[1] += shift;
            }
        }
    }

    /** The whole text was replaced (another project): nothing of the old marks is left. */
    void forget() {
        marks = new ArrayList<>();
    }

    private void restyle(int start, int end, UnaryOperator<Collection<String>> change) {
        StyleSpans<Collection<String>> spans = area.getStyleSpans(start, end);
        area.setStyleSpans(start, spans.mapStyles(change));
    }

    private static Collection<String> with(Collection<String> styles) {
        if (styles.contains(STYLE)) {
            return styles;
        }
        List<String> more = new ArrayList<>(styles);
        more.add(STYLE);
        return more;
    }

    private static Collection<String> without(Collection<String> styles) {
        if (!styles.contains(STYLE)) {
            return styles;
        }
        List<String> fewer = new ArrayList<>(styles);
        fewer.remove(STYLE);
        return fewer;
    }
}

package dev.mlsd.composer.ui.diff;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.diff.WordMarks;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.Collection;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * An inline diff of texts, part by part: removed lines red with "−", added lines green with "+",
 * the changed words inside them marked, unchanged lines shown {@link #CONTEXT} at a time next to a
 * change and the rest folded into one line that counts them. Shows {@link DiffSection}s, which are
 * worked out off the FX thread ({@link DiffSection#between}) and made into a document there too
 * ({@link #prepare}); showing it is one replace of the area's document.
 */
public final class TextDiffView {

    /** Unchanged lines shown before and after each change. */
    public static final int CONTEXT = 2;

    /** Lines added to the area in one frame: about 5 ms of work on a slow machine. */
    static final int LINES_PER_FRAME = 300;

    private final Messages messages;
    private long shown;
    private long filledUpTo;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);

    public TextDiffView(Messages messages) {
        this.messages = messages;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("diff-view");
        area.accessibleTextProperty().bind(messages.text("diff.accessible"));
    }

    /** A diff or a text made ready to show: the whole styled document, built off the FX thread. */
    public static final class Prepared {
        private final StyledDocument<Collection<String>, String, Collection<String>> document;

        private Prepared(StyledDocument<Collection<String>, String, Collection<String>> document) {
            this.document = document;
        }

        /** The text that will be shown. */
        public String text() {
            return document.getText();
        }
    }

    /**
     * {@code sections}, each under its title (a null or empty title shows none), made ready to show.
     * Safe off the FX thread (it is meant for it: a long prompt's document takes a while to build).
     */
    public static Prepared prepare(List<DiffSection> sections, Messages messages) {
        StringBuilder text = new StringBuilder();
        StyleSpansBuilder<Collection<String>> styles = new StyleSpansBuilder<>();
        Styled out = new Styled(text, styles);
        for (DiffSection section : sections) {
            if (section.title() != null && !section.title().isEmpty()) {
                out.add(section.title() + "\n", List.of("diff-title"));
            }
            List<DiffSection.Line> lines = section.lines();
            for (int i = 0; i < lines.size(); i++) {
                DiffSection.Line line = lines.get(i);
                switch (line.kind()) {
                    case SAME -> {
                        int runEnd = i;
                        while (runEnd < lines.size() && lines.get(runEnd).kind() == LineDiff.Kind.SAME) {
                            runEnd++;
                        }
                        i = showUnchanged(out, lines, i, runEnd, messages) - 1;
                    }
                    case REMOVED -> out.changed("− ", line, "diff-removed");
                    case ADDED -> out.changed("+ ", line, "diff-added");
                }
            }
            out.add("\n", List.of());
        }
        if (text.isEmpty()) {
            return preparePlain("");
        }
        SimpleEditableStyledDocument<Collection<String>, Collection<String>> document = new SimpleEditableStyledDocument<>(
                List.of(), List.of());
        document.replace(0, 0, ReadOnlyStyledDocument.fromString(text.toString(), List.of(), List.of(), SegmentOps.styledTextOps()));
        document.setStyleSpans(0, styles.create());
        return new Prepared(ReadOnlyStyledDocument.from(document));
    }

    /** {@code text} as it is, unmarked (one version's prompt), made ready to show; safe off the FX thread. */
    public static Prepared preparePlain(String text) {
        return new Prepared(ReadOnlyStyledDocument.fromString(text, List.of(), List.of(), SegmentOps.styledTextOps()));
    }

    /**
     * Shows what was prepared: a long document (a 100 KB prompt is some 3 000 lines) its first
     * {@value #LINES_PER_FRAME} lines at once and the rest that many a frame, as one replace of the whole
     * took longer than two frames. A newer show stops the filling of an older one.
     */
    public void show(Prepared prepared) {
        long generation = ++shown;
        StyledDocument<Collection<String>, String, Collection<String>> document = prepared.document;
        int first = endOfLines(document, 0);
        area.replace(0, area.getLength(), first == document.length() ? document : document.subSequence(0, first));
        area.moveTo(0);
        area.showParagraphAtTop(0);
        if (first == document.length()) {
            filledUpTo = generation;
        } else {
            new AnimationTimer() {
                private int at = first;

                @Override
                public void handle(long now) {
                    if (generation != shown) {
                        stop();
                        return;
                    }
                    int next = endOfLines(document, at);
                    area.replace(area.getLength(), area.getLength(), document.subSequence(at, next));
                    at = next;
                    if (at >= document.length()) {
                        filledUpTo = generation;
                        stop();
                    }
                }
            }.start();
        }
    }

    /** Whether everything shown last is in the area (a long document fills in over a few frames). */
    public boolean isFilled() {
        return filledUpTo == shown;
    }

    /** Where the {@value #LINES_PER_FRAME} lines from {@code from} (a line's start) end: the next line's start, or the end. */
    private static int endOfLines(StyledDocument<Collection<String>, String, Collection<String>> document, int from) {
        int line = document.offsetToPosition(from, Bias.Forward).getMajor() + LINES_PER_FRAME;
        return line >= document.getParagraphs().size() ? document.length() : document.getAbsolutePosition(line, 0);
    }

    /** Prepares and shows {@code sections} at once: for short texts only (the dialogs'). */
    public void show(List<DiffSection> sections) {
        show(prepare(sections, messages));
    }

    /** Shows {@code text} as it is, unmarked, or nothing for "": for short texts only. */
    public void showPlain(String text) {
        show(preparePlain(text));
    }

    /**
     * Shows the unchanged lines {@code [from, to)} as context: up to {@link #CONTEXT} lines next to a
     * change, the rest folded into one line that says how many there are. Returns {@code to}.
     */
    private static int showUnchanged(Styled out, List<DiffSection.Line> lines, int from, int to, Messages messages) {
        int head = from == 0 ? 0 : CONTEXT;
        int tail = to == lines.size() ? 0 : CONTEXT;
        if (to - from <= head + tail + 1) {
            head = to - from;
            tail = 0;
        }
        for (int i = from; i < from + head; i++) {
            out.add("  " + lines.get(i).text() + "\n", List.of("diff-same"));
        }
        int folded = to - from - head - tail;
        if (folded > 0) {
            out.add("  " + messages.get("dialog.recovery.unchanged", folded) + "\n", List.of("diff-folded"));
        }
        for (int i = to - tail; i < to; i++) {
            out.add("  " + lines.get(i).text() + "\n", List.of("diff-same"));
        }
        return to;
    }

    public Node node() {
        return scroll;
    }

    /** The text area (read-only), for tests and for keyboard focus. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** The text being built and its styles, kept in step. */
    private record Styled(StringBuilder text, StyleSpansBuilder<Collection<String>> styles) {

        void add(String piece, Collection<String> style) {
            if (piece.isEmpty()) {
                return;
            }
            text.append(piece);
            styles.add(style, piece.length());
        }

        void changed(String sign, DiffSection.Line line, String kind) {
            add(sign, List.of(kind));
            int at = 0;
            for (WordMarks.Range mark : line.marks()) {
                add(line.text().substring(at, mark.start()), List.of(kind));
                add(line.text().substring(mark.start(), mark.end()), List.of(kind, "diff-mark"));
                at = mark.end();
            }
            add(line.text().substring(at) + "\n", List.of(kind));
        }
    }
}

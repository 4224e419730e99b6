package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** An inline diff, section by section: removed lines red with "−", added lines green with "+". */
final class DiffView {

    /** Unchanged lines shown before and after each change. */
    static final int CONTEXT = 2;

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VBox root;

    DiffView(RecoveryOffer offer, Messages messages) {
        this(offer.sections(), messages);
    }

    DiffView(List<RecoveryOffer.SectionDiff> sections, Messages messages) {
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("diff-view");
        area.setAccessibleText(messages.get("dialog.recovery.diff"));
        for (RecoveryOffer.SectionDiff section : sections) {
            append(section.title() + "\n", List.of("diff-title"));
            List<LineDiff.Line> lines = section.lines();
            for (int i = 0; i < lines.size(); i++) {
                LineDiff.Line line = lines.get(i);
                switch (line.kind()) {
                    case SAME -> {
                        int runEnd = i;
                        while (runEnd < lines.size() && lines.get(runEnd).kind() == LineDiff.Kind.SAME) {
                            runEnd++;
                        }
                        i = showUnchanged(lines, i, runEnd, messages) - 1;
                    }
                    case REMOVED -> append("− " + line.text() + "\n", List.of("diff-removed"));
                    case ADDED -> append("+ " + line.text() + "\n", List.of("diff-added"));
                }
            }
            append("\n", List.of());
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setPrefHeight(360);
        root = new VBox(scroll);
        root.getStylesheets().add(DiffView.class.getResource("/css/app.css").toExternalForm());
    }

    /**
     * Shows the unchanged lines {@code [from, to)} as context: up to {@link #CONTEXT} lines next to
     * a change, the rest folded into one line that says how many there are. Returns {@code to}.
     */
    private int showUnchanged(List<LineDiff.Line> lines, int from, int to, Messages messages) {
        int head = from == 0 ? 0 : CONTEXT;
        int tail = to == lines.size() ? 0 : CONTEXT;
        if (to - from <= head + tail + 1) {
            head = to - from;
            tail = 0;
        }
        for (int i = from; i < from + head; i++) {
            append("  " + lines.get(i).text() + "\n", List.of("diff-same"));
        }
        int folded = to - from - head - tail;
        if (folded > 0) {
            append("  " + messages.get("dialog.recovery.unchanged", folded) + "\n", List.of("diff-folded"));
        }
        for (int i = to - tail; i < to; i++) {
            append("  " + lines.get(i).text() + "\n", List.of("diff-same"));
        }
        return to;
    }

    Node node() {
        return root;
    }

    StyleClassedTextArea area() {
        return area;
    }

    private void append(String text, Collection<String> style) {
        int start = area.getLength();
        area.appendText(text);
        area.setStyle(start, area.getLength(), style);
    }
}

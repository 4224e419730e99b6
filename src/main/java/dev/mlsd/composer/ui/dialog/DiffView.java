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

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VBox root;

    DiffView(RecoveryOffer offer, Messages messages) {
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("diff-view");
        area.setAccessibleText(messages.get("dialog.recovery.diff"));
        for (RecoveryOffer.SectionDiff section : offer.sections()) {
            append(section.title() + "\n", List.of("diff-title"));
            for (LineDiff.Line line : section.lines()) {
                switch (line.kind()) {
                    case SAME -> append("  " + line.text() + "\n", List.of("diff-same"));
                    case REMOVED -> append("− " + line.text() + "\n", List.of("diff-removed"));
                    case ADDED -> append("+ " + line.text() + "\n", List.of("diff-added"));
                }
            }
            append("\n", List.of());
        }
        area.moveTo(0);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setPrefHeight(360);
        root = new VBox(scroll);
        root.getStylesheets().add(DiffView.class.getResource("/css/app.css").toExternalForm());
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

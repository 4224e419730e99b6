package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.importer.FileDrop;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The column of section editors and everything that happens to them: one editor per slot of the
 * shown document (then one per detached section), made anew when another document is shown; a
 * design document dropped on an editor imports into that section; findings are underlined in the
 * editor of their section; jumps put the caret in the right editor.
 */
public final class EditorColumn {

    /** Up to this many editors share the column in resizable panes; more scroll. */
    private static final int MAX_SPLIT_EDITORS = 4;

    private final ProjectViewModel model;
    private final Messages messages;
    private final EditTarget editTarget;
    private final BiConsumer<Path, String> importIntoSection;
    private final SpellingService spelling;
    private final SplitPane split = new SplitPane();
    private final StackPane host = new StackPane();
    private final List<SectionEditor> editors = new ArrayList<>();
    private final ObservableList<Slot> shownSlots = FXCollections.observableArrayList();

    /** {@code importIntoSection}: imports a dropped design document into the section of a slot id. */
    public EditorColumn(ProjectViewModel model, Messages messages, EditTarget editTarget, BiConsumer<Path, String> importIntoSection,
                        SpellingService spelling) {
        this.model = model;
        this.spelling = spelling;
        this.messages = messages;
        this.editTarget = editTarget;
        this.importIntoSection = importIntoSection;
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("editors");
        model.documentProperty().addListener((obs, old, document) -> show(document));
        if (model.document() != null) {
            show(model.document());
        }
    }

    public Node node() {
        return host;
    }

    /** The editors shown now, in order. */
    public List<SectionEditor> editors() {
        return List.copyOf(editors);
    }

    /** The slots of the editors shown now, in order (detached sections last). */
    public ObservableList<Slot> shownSlots() {
        return shownSlots;
    }

    /** Puts the focus in the editor of {@code slot}, if it is shown. */
    public void focusSection(Slot slot) {
        focusSection(shownSlots.indexOf(slot));
    }

    /** Puts the focus in the editor at {@code index} (0-based), if there is one. */
    public void focusSection(int index) {
        if (index >= 0 && index < editors.size()) {
            editors.get(index).area().requestFocus();
        }
    }

    /** Puts the focus in the first editor. */
    public void focusFirst() {
        focusSection(0);
    }

    /** Underlines each finding in the editor of its section. */
    public void showFindings(List<Finding> findings) {
        editors.forEach(e -> e.showFindings(findings.stream().filter(f -> e.slot().id().equals(f.slot())).toList()));
    }

    /** Selects a finding's place in its section's editor. */
    public void jumpTo(Finding finding) {
        editorOf(finding.slot()).ifPresent(e -> e.select(finding.start(), finding.end()));
    }

    /** Puts the caret at {@code offset} of a section's text. */
    public void jumpTo(String slotId, int offset) {
        editorOf(slotId).ifPresent(e -> e.focusAt(offset));
    }

    /** The editor the Edit menu acts on (the one that has, or last had, the focus), else the first one. */
    public Optional<SectionEditor> targetOrFirst() {
        return editors.stream().filter(e -> e.area() == editTarget.area()).findFirst().or(() -> editors.stream().findFirst());
    }

    /** Files dropped on one editor: a design document imports into that section only. */
    public boolean dropOnEditor(SectionEditor editor, List<File> files) {
        Optional<Path> document = FileDrop.document(files);
        document.ifPresent(file -> Platform.runLater(() -> importIntoSection.accept(file, editor.slot().id())));
        return document.isPresent();
    }

    private Optional<SectionEditor> editorOf(String slotId) {
        return editors.stream().filter(e -> e.slot().id().equals(slotId)).findFirst();
    }

    private void show(PromptDocument document) {
        editors.clear();
        List<Slot> slots = document.template().slots();
        for (int i = 0; i < slots.size(); i++) {
            SectionEditor editor = new SectionEditor(slots.get(i), i, model, messages, spelling);
            acceptDrops(editor);
            editors.add(editor);
        }
        for (String detached : model.detachedSlots()) {
            Slot slot = new Slot(detached, messages.get("editor.detached.title", detached), messages.get("editor.detached.hint"), List.of());
            editors.add(new SectionEditor(slot, editors.size(), model, messages, spelling));
        }
        layOut(editors.stream().map(SectionEditor::node).toList());
        shownSlots.setAll(editors.stream().map(SectionEditor::slot).toList());
        editTarget.reset();
    }

    private void acceptDrops(SectionEditor editor) {
        editor.area().setOnDragOver(event -> {
            if (FileDrop.document(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        editor.area().setOnDragDropped(event -> {
            if (FileDrop.document(event.getDragboard().getFiles()).isPresent()) {
                event.setDropCompleted(dropOnEditor(editor, event.getDragboard().getFiles()));
                event.consume();
            }
        });
    }

    private void layOut(List<Node> nodes) {
        if (nodes.size() <= MAX_SPLIT_EDITORS) {
            split.getItems().setAll(nodes);
            double[] positions = new double[Math.max(0, nodes.size() - 1)];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = (i + 1.0) / nodes.size();
            }
            split.setDividerPositions(positions);
            host.getChildren().setAll(split);
            return;
        }
        split.getItems().clear();
        nodes.forEach(node -> ((Region) node).setPrefHeight(240));
        VBox column = new VBox(6);
        column.getChildren().setAll(nodes);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editors-scroll");
        host.getChildren().setAll(scroll);
    }
}

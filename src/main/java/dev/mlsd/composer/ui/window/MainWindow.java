package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.ui.editor.SectionEditor;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.PreviewPane;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.tokens.PromptStats;
import dev.mlsd.composer.core.tokens.StatsCalculator;
import dev.mlsd.composer.ui.checks.CheckRunner;
import dev.mlsd.composer.ui.checks.ChecksPane;
import dev.mlsd.composer.ui.checks.TokenMeter;
import dev.mlsd.composer.ui.export.ExportCommands;
import dev.mlsd.composer.ui.importer.ImportCommands;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.ui.project.JournalKeeper;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.template.TemplateCommands;
import dev.mlsd.composer.ui.template.TemplateNotice;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import dev.mlsd.composer.ui.project.RecoveryOffers;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.input.TransferMode;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: section editors on the left, the preview on the right, menus on top and the
 * status bar below. It lays things out and routes actions; the work happens in the view-model and
 * the commands.
 */
public final class MainWindow {

    private static final int MAX_SHORTCUT_SECTIONS = 9;

    private final Stage stage;
    private final WindowServices services;
    private final Messages messages;
    private final ProjectViewModel model = new ProjectViewModel();
    private final ProjectCommands commands;
    private final StatusBar statusBar;
    private final PreviewPane preview;
    private final SplitPane editorsPane = new SplitPane();
    private final List<SectionEditor> editors = new ArrayList<>();
    private final EditTarget editTarget = new EditTarget();
    private final SettingsKeeper settings;
    private final TemplateCommands templates;
    private final CheckRunner checks;
    private final ExportCommands exports;
    private final ProjectChanges changes;
    private final ImportCommands imports;
    private final TokenMeter meter;
    private final StackPane editorsHost = new StackPane();
    private static final int MAX_SPLIT_EDITORS = 4;

    public MainWindow(Stage stage, WindowServices services) {
        this.stage = stage;
        this.services = services;
        this.messages = services.messages();
        this.statusBar = new StatusBar(model, messages);
        this.settings = new SettingsKeeper(services.settingsStore(), services.initialSettings(), services.background(),
                e -> statusBar.show(messages.get("status.settings.failed")));
        this.commands = new ProjectCommands(model, services.store(), services.templates(), services.dialogs(),
                services.fileDialogs(), services.background(), messages, settings, services.clock(), statusBar::show, services.exit());
        if (services.journal() != null) {
            new JournalKeeper(model, services.journal(), services.background(), services.clock(),
                    e -> statusBar.show(messages.get("status.journal.failed")));
        }
        this.preview = new PreviewPane(model, messages, this::copyPrompt, this::jumpTo);
        this.changes = new ProjectChanges(model, services.clock());
        this.templates = new TemplateCommands(model, commands, changes, services.templates(), services.dialogs(), services.folders(),
                services.background(), messages, services.clock(), statusBar::show);

        editorsPane.setOrientation(Orientation.VERTICAL);
        editorsPane.getStyleClass().add("editors");
        model.documentProperty().addListener((obs, old, document) -> showEditors(document));
        VBox.setVgrow(editorsHost, Priority.ALWAYS);
        VBox left = new VBox(new TemplateNotice(model, templates, messages).node(), editorsHost);

        this.checks = new CheckRunner(model, services.linter(), new StatsCalculator(services.tokens()), services.analysis(), messages,
                () -> TokenMeter.encodingOf(settings.get().tokenMeter()));
        ChecksPane checksPane = new ChecksPane(model, checks, messages, this::jumpTo);
        this.meter = new TokenMeter(checks, settings, messages);
        statusBar.addRight(meter.node());
        checks.resultsProperty().addListener((obs, old, results) -> {
            List<Finding> now = results.findings();
            statusBar.showChecks(ChecksPane.summary(messages, now));
            editors.forEach(e -> e.showFindings(now.stream().filter(f -> e.slot().id().equals(f.slot())).toList()));
        });
        SplitPane right = new SplitPane(preview.node(), checksPane.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.74);

        SplitPane main = new SplitPane(left, right);
        main.setDividerPositions(0.5);
        BorderPane root = new BorderPane(main);
        this.imports = new ImportCommands(model, commands, changes, () -> new SectionMapper(SynonymTable.builtIn()), services.dialogs(),
                services.fileDialogs(), services.background(), messages, services.clock(), statusBar::show);
        this.exports = new ExportCommands(model, services.fileDialogs(), services.dialogs(), services.writer(), services.clipboard(),
                services.background(), messages, statusBar::show);
        root.setTop(new MenuBarBuilder(messages, commands, templates, settings, editTarget, new MenuBarBuilder.Actions(
                this::copyPrompt, this::changeLanguage, services.dialogs()::showAbout, this::editTemplateCopy, this::askAnswerRoom,
                this::importDocument, exports::exportPrompt, exports::exportSections, this::copySection, this::undoChange,
                changes.canUndoProperty())).build());
        root.setBottom(statusBar.node());
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        scene.focusOwnerProperty().addListener((obs, old, owner) -> editTarget.focusMoved(owner));
        installShortcuts(scene);
        scene.setOnDragOver(event -> {
            List<File> dragged = event.getDragboard().getFiles();
            if (FileDrop.projectFile(dragged).isPresent() || FileDrop.document(dragged).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean accepted = dropFiles(event.getDragboard().getFiles());
            event.setDropCompleted(accepted);
            event.consume();
        });
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("window.title", commands.projectName(), model.isDirty() ? " •" : ""),
                messages.localeProperty(), model.fileProperty(), model.dirtyProperty()));
        new WindowPlacement(stage, settings).restore();
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                commands.checkOutsideChange();
            }
        });
        stage.setOnShown(event -> {
            if (!editors.isEmpty()) {
                editors.get(0).area().requestFocus();
            }
            // The checks (and the tokenizer they load) start once the first frames are up.
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
            settle.setOnFinished(e -> checks.start());
            settle.play();
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            commands.quit();
        });
    }

    public ProjectCommands commands() {
        return commands;
    }

    public ProjectViewModel model() {
        return model;
    }

    public List<SectionEditor> editors() {
        return List.copyOf(editors);
    }

    public PreviewPane preview() {
        return preview;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    /** Puts exactly the assembled prompt on the clipboard as plain text and says so, with its token count when known. */
    public void copyPrompt() {
        String prompt = model.promptText();
        services.clipboard().putText(prompt);
        int chars = prompt.codePointCount(0, prompt.length());
        PromptStats stats = checks.currentStats();
        statusBar.show(stats == null || stats.tokens(meter.encoding()) < 0 ? messages.get("status.copied", chars)
                : messages.get("status.copied.tokens", chars, stats.tokens(meter.encoding()), meter.encoding().id()));
    }

    private void jumpTo(Finding finding) {
        editors.stream().filter(e -> e.slot().id().equals(finding.slot())).findFirst()
                .ifPresent(e -> e.select(finding.start(), finding.end()));
    }

    private void askAnswerRoom() {
        services.dialogs().askAnswerRoom(settings.get().tokenMeter().answerRoom()).ifPresent(room -> settings.update(s ->
                s.withTokenMeter(new Settings.TokenMeter(s.tokenMeter().contextWindow(), room, s.tokenMeter().encoding()))));
    }

    /** Edit → Copy section: the section of the editor that has, or last had, the focus. */
    private void copySection() {
        editors.stream().filter(e -> e.area() == editTarget.area()).findFirst()
                .or(() -> editors.stream().findFirst())
                .ifPresent(e -> exports.copySection(e.slot().id()));
    }

    /** File → Import design document…. */
    private void importDocument() {
        imports.importDocument();
    }

    /** Edit → Undo template switch or import. */
    private void undoChange() {
        if (changes.undo()) {
            statusBar.show(messages.get("status.change.undone"));
        }
    }

    public ImportCommands imports() {
        return imports;
    }

    /** Files dropped on one editor: a design document imports into that section only. */
    boolean dropOnEditor(SectionEditor editor, List<File> files) {
        Optional<Path> document = FileDrop.document(files);
        document.ifPresent(file -> Platform.runLater(() -> imports.importDocument(file, editor.slot().id())));
        return document.isPresent();
    }

    public CheckRunner checks() {
        return checks;
    }

    private void jumpTo(String slotId, int offset) {
        editors.stream().filter(e -> e.slot().id().equals(slotId)).findFirst().ifPresent(e -> e.focusAt(offset));
    }

    /**
     * One editor per slot, in order, then one per detached section (text the template has no slot
     * for). Up to four editors share the column in resizable panes; more scroll.
     */
    private void showEditors(PromptDocument document) {
        editors.clear();
        List<Slot> slots = document.template().slots();
        for (int i = 0; i < slots.size(); i++) {
            editors.add(new SectionEditor(slots.get(i), i, model, messages));
        }
        for (SectionEditor editor : List.copyOf(editors)) {
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
        for (String detached : model.detachedSlots()) {
            Slot slot = new Slot(detached, messages.get("editor.detached.title", detached), messages.get("editor.detached.hint"), List.of());
            editors.add(new SectionEditor(slot, editors.size(), model, messages));
        }
        List<javafx.scene.Node> nodes = editors.stream().map(SectionEditor::node).toList();
        if (nodes.size() <= MAX_SPLIT_EDITORS) {
            editorsPane.getItems().setAll(nodes);
            double[] positions = new double[Math.max(0, editors.size() - 1)];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = (i + 1.0) / editors.size();
            }
            editorsPane.setDividerPositions(positions);
            editorsHost.getChildren().setAll(editorsPane);
        } else {
            editorsPane.getItems().clear();
            nodes.forEach(node -> ((javafx.scene.layout.Region) node).setPrefHeight(240));
            VBox column = new VBox(6);
            column.getChildren().setAll(nodes);
            ScrollPane scroll = new ScrollPane(column);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("editors-scroll");
            editorsHost.getChildren().setAll(scroll);
        }
        editTarget.reset();
    }

    /** Template → Edit a copy of this template…: the template editor, in its own window. */
    private void editTemplateCopy() {
        new dev.mlsd.composer.ui.template.TemplateEditorWindow(stage, model, services.templates(), services.background(),
                messages, statusBar::show, templates::reload).show();
    }

    public TemplateCommands templates() {
        return templates;
    }

    private void installShortcuts(Scene scene) {
        for (int n = 1; n <= MAX_SHORTCUT_SECTIONS; n++) {
            int index = n - 1;
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n)), KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < editors.size()) {
                    editors.get(index).area().requestFocus();
                }
            });
        }
    }

    private void changeLanguage(Locale locale) {
        messages.setLocale(locale);
        settings.update(s -> s.withLanguage(messages.locale().getLanguage()));
    }

    /**
     * Opens the first project file among files dropped on the window (after the drop returns, so
     * a question about unsaved changes does not run inside the drag-and-drop gesture).
     */
    boolean dropFiles(List<File> files) {
        Optional<Path> project = FileDrop.projectFile(files);
        if (project.isPresent()) {
            Platform.runLater(() -> commands.open(project.get()));
            return true;
        }
        Optional<Path> document = FileDrop.document(files);
        document.ifPresent(file -> Platform.runLater(() -> imports.importDocument(file, null)));
        return document.isPresent();
    }

    /** Offers back unsaved work left by an instance that did not end normally. */
    public void offerRecovery() {
        if (services.journal() != null) {
            new RecoveryOffers(services.journal(), services.store(), services.templates(), services.dialogs(),
                    services.background(), messages, model, statusBar::show).offer();
        }
    }

    /** Tells the user the settings file was broken and moved aside. */
    public void reportBrokenSettings(Path movedTo) {
        statusBar.show(messages.get("status.settings.broken", movedTo));
    }

    public SettingsKeeper settings() {
        return settings;
    }

    public Stage stage() {
        return stage;
    }
}

package dev.mlsd.composer.app;

import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.core.settings.SystemColorScheme;
import dev.mlsd.composer.core.tokens.StatsCalculator;
import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.history.HistoryCommands;
import dev.mlsd.composer.core.answer.AnswerCheck;
import dev.mlsd.composer.ui.answer.AnswerChecksView;
import dev.mlsd.composer.ui.answer.AnswerCommands;
import dev.mlsd.composer.ui.answer.AnswerEditor;
import dev.mlsd.composer.ui.answer.AnswersPane;
import dev.mlsd.composer.ui.answer.DesignDocumentExport;
import dev.mlsd.composer.ui.diff.TextDiffView;
import dev.mlsd.composer.ui.history.HistoryPanel;
import dev.mlsd.composer.ui.window.ResultTabs;
import dev.mlsd.composer.ui.action.ActionCatalogue;
import dev.mlsd.composer.ui.action.CommandPalette;
import dev.mlsd.composer.ui.action.MenuBarFactory;
import dev.mlsd.composer.ui.action.ShortcutsWindow;
import dev.mlsd.composer.ui.action.ToolBarFactory;
import dev.mlsd.composer.ui.checks.CheckRunner;
import dev.mlsd.composer.ui.checks.ChecksPane;
import dev.mlsd.composer.ui.checks.TokenMeter;
import dev.mlsd.composer.ui.editor.EditTarget;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.editor.SectionEditor;
import dev.mlsd.composer.ui.editor.SpellingService;
import dev.mlsd.composer.core.spelling.UserDictionary;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.export.ExportCommands;
import dev.mlsd.composer.ui.find.AnswerTarget;
import dev.mlsd.composer.ui.find.FindCommands;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.importer.ImportCommands;
import dev.mlsd.composer.ui.preview.PreviewPane;
import dev.mlsd.composer.ui.preview.PromptCopy;
import dev.mlsd.composer.ui.project.JournalKeeper;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import dev.mlsd.composer.ui.project.RecoveryOffers;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import dev.mlsd.composer.ui.template.TemplateCommands;
import dev.mlsd.composer.ui.template.TemplateEditorWindow;
import dev.mlsd.composer.ui.template.TemplateNotice;
import dev.mlsd.composer.ui.theme.ThemeKeeper;
import dev.mlsd.composer.ui.window.FontZoom;
import dev.mlsd.composer.ui.window.MainWindow;
import dev.mlsd.composer.ui.window.SelectionCounts;
import dev.mlsd.composer.ui.window.StatusBar;
import dev.mlsd.composer.ui.window.WindowActions;
import dev.mlsd.composer.ui.window.WindowDrop;
import dev.mlsd.composer.ui.window.WindowLifecycle;
import dev.mlsd.composer.ui.window.WindowMenus;
import dev.mlsd.composer.ui.window.WindowServices;
import dev.mlsd.composer.ui.window.WindowToolbar;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window wired together: the one place that makes its parts and connects them (the
 * composition root of the window). The parts are kept here so the app, the benchmarks and the
 * tests can reach each one directly.
 */
public record WiredWindow(Stage stage, WindowServices services, ProjectViewModel model, ProjectCommands commands,
                          TemplateCommands templates, ImportCommands imports, ExportCommands exports, SettingsKeeper settings,
                          CheckRunner checks, EditorColumn editorColumn, PreviewPane preview, StatusBar statusBar,
                          ActionCatalogue actions, WindowDrop drop, HistoryCommands history, HistoryPanel historyPanel,
                          AnswersPane answers, ResultTabs resultTabs, SpellingService spelling) {

    /** Makes the main window on {@code stage} with {@code services}. */
    public static WiredWindow wire(Stage stage, WindowServices services) {
        Messages messages = services.messages();
        ProjectViewModel model = new ProjectViewModel();
        StatusBar statusBar = new StatusBar(model, messages);
        Consumer<String> status = statusBar::show;
        SettingsKeeper settings = new SettingsKeeper(services.settingsStore(), services.initialSettings(), services.background(),
                e -> status.accept(messages.get("status.settings.failed")));
        ProjectCommands projects = new ProjectCommands(model, services.store(), services.templates(), services.dialogs(),
                services.fileDialogs(), services.background(), messages, settings, services.clock(), status, services.exit());
        if (services.journal() != null) {
            new JournalKeeper(model, services.journal(), services.background(), services.clock(),
                    e -> status.accept(messages.get("status.journal.failed")));
        }
        ProjectChanges changes = new ProjectChanges(model, services.clock());
        TemplateCommands templates = new TemplateCommands(model, projects, changes, services.templates(), services.dialogs(),
                services.folders(), services.background(), messages, services.clock(), status);
        ImportCommands imports = new ImportCommands(model, projects, changes, () -> new SectionMapper(SynonymTable.builtIn()),
                services.dialogs(), services.fileDialogs(), services.background(), messages, services.clock(), status);
        HistoryCommands history = new HistoryCommands(model, new VersionBook(new TemplateParser(), new PromptAssembler(), services.tokens()),
                changes, services.templates(), services.background(), services.dialogs(), messages, services.clock(), status);
        ExportCommands exports = new ExportCommands(model, services.fileDialogs(), services.dialogs(), services.writer(),
                services.clipboard(), services.background(), messages, status, history);

        CheckRunner checks = new CheckRunner(model, services.linter(), new StatsCalculator(services.tokens()), services.analysis(),
                messages, () -> TokenMeter.encodingOf(settings.get().tokenMeter()));
        TokenMeter meter = new TokenMeter(checks, settings, messages);
        statusBar.addRight(meter.node());
        PromptCopy copyPrompt = new PromptCopy(model, services.clipboard(), checks, meter, messages, status, history);
        EditTarget editTarget = new EditTarget();
        SpellingService spelling = spelling(services, settings, status);
        EditorColumn editors = new EditorColumn(model, messages, editTarget, imports::importDocument, spelling);
        AnswerCommands answerCommands = new AnswerCommands(model, history, services.clipboard(), services.dialogs(), messages,
                services.clock(), status);
        PreviewPane preview = new PreviewPane(model, messages, copyPrompt, answerCommands::pasteAnswer, editors::jumpTo);
        ChecksPane checksPane = new ChecksPane(model, checks, messages, editors::jumpTo);
        AnswerEditor answerEditor = new AnswerEditor(model, answerCommands, new AnswerChecksView(services.analysis(), messages), messages,
                () -> AnswerCheck.specFor(model.template(), services.templates()));
        answerEditor.checkSpelling(spelling);
        AnswersPane answers = new AnswersPane(model, answerEditor, messages, new TextDiffView(messages), services.analysis(),
                answerCommands::pasteAnswer, answerCommands::newAnswer);
        HistoryPanel historyPanel = new HistoryPanel(model, history, messages, services.analysis());
        ResultTabs resultTabs = new ResultTabs(checksPane.node(), historyPanel.node(), answers.node(), messages);
        answerCommands.showWith(id -> {
            resultTabs.showAnswers();
            answers.select(id);
        });
        DesignDocumentExport designDocument = new DesignDocumentExport(new DesignDocumentExport.Parts(model, answerEditor::flush,
                services.templates(), services.fileDialogs(), services.dialogs(), services.writer(), services.background(), messages,
                services.clock(), exports::baseName, status));
        checks.resultsProperty().addListener((obs, old, results) -> editors.showFindings(results.findings()));
        statusBar.showChecks(Bindings.createStringBinding(() -> checks.resultsProperty().get() == null ? ""
                : ChecksPane.summary(messages, checks.resultsProperty().get().findings()), messages.localeProperty(), checks.resultsProperty()));

        VBox findHost = new VBox(editors.node());
        VBox.setVgrow(editors.node(), Priority.ALWAYS);
        FindCommands find = new FindCommands(findHost, editors, new AnswerTarget(answerEditor.area(), resultTabs::showAnswers), preview, model,
                editTarget, messages);
        Runnable editTemplateCopy = () -> new TemplateEditorWindow(stage, model, services.templates(), services.background(),
                messages, status, templates::reload).show();
        ThemeKeeper theme = new ThemeKeeper(settings, services.background(), SystemColorScheme.ofThisMachine()::prefersDark);
        FontZoom zoom = new FontZoom(settings, messages, statusBar::showBriefly);
        ActionCatalogue actions = WindowActions.catalogue(new WindowActions.Targets(projects, templates, imports, exports, changes,
                editors, editTarget, settings, messages, services.dialogs(), copyPrompt, editTemplateCopy, status,
                find, zoom, theme, history, resultTabs::showHistory, answerCommands, designDocument));
        CommandPalette palette = new CommandPalette(stage, actions, messages);
        ShortcutsWindow shortcuts = new ShortcutsWindow(stage, actions, () -> WindowMenus.shape(settings::refreshRecent), messages);
        WindowActions.addCatalogueViews(actions, palette::show, shortcuts::show);
        MainWindow window = new MainWindow(stage, new MainWindow.Parts(
                new MenuBarFactory(actions, messages).build(WindowMenus.shape(settings::refreshRecent)),
                new ToolBarFactory(actions, messages).build(WindowToolbar.shape()),
                new TemplateNotice(model, templates, messages).node(), findHost, preview.node(), resultTabs.node(), statusBar.node()),
                settings.get().splits());
        window.reportSplits(splits -> settings.update(s -> s.withSplits(splits)));
        Scene scene = window.scene();
        SelectionCounts selection = new SelectionCounts(services.analysis(), services.tokens(),
                () -> TokenMeter.encodingOf(settings.get().tokenMeter()), messages);
        statusBar.showSelection(selection.textProperty());
        scene.focusOwnerProperty().addListener((obs, old, owner) -> {
            editTarget.focusMoved(owner);
            selection.follow(owner);
        });
        actions.installKeys(scene);
        zoom.install(scene, editors.node(), preview.node(), answerEditor.node());
        WindowDrop drop = new WindowDrop(projects, imports);
        drop.install(scene);
        WindowLifecycle.install(stage, model, projects, editors, checks, settings, messages);
        startAfterFirstFrame(scene, spelling::start);
        return new WiredWindow(stage, services, model, projects, templates, imports, exports, settings, checks, editors, preview,
                statusBar, actions, drop, history, historyPanel, answers, resultTabs, spelling);
    }

    /** The spell-check, on while settings say so, its user dictionary beside settings.json. */
    private static SpellingService spelling(WindowServices services, SettingsKeeper settings, Consumer<String> status) {
        Path file = services.settingsStore().file().resolveSibling(UserDictionary.FILE_NAME);
        ErrorText errors = new ErrorText(services.messages());
        SpellingService spelling = new SpellingService(services.dictionaries(), new UserDictionary(file, services.writer()),
                e -> status.accept(services.messages().get("status.spelling.failed", errors.describe(e))));
        spelling.enabledProperty().bind(Bindings.createBooleanBinding(() -> settings.get().spellCheck(), settings.settingsProperty()));
        return spelling;
    }

    /** Runs {@code then} once the scene's first frame is laid out: the dictionaries must not delay it. */
    private static void startAfterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The section editors shown now, in order. */
    public List<SectionEditor> editors() {
        return editorColumn.editors();
    }

    /** Whether every editor's text has been spell-checked (or spell-check is off): for benchmarks and tests. */
    public boolean spellingSettled() {
        return !spelling.enabledProperty().get()
                || spelling.isReady() && editorColumn.editors().stream().allMatch(e -> e.spellingUnderlines().isIdle());
    }

    /** Offers back unsaved work left by an instance that did not end normally. */
    public void offerRecovery() {
        if (services.journal() != null) {
            new RecoveryOffers(services.journal(), services.store(), services.templates(), services.dialogs(), services.background(),
                    services.messages(), model, statusBar::show).offer();
        }
    }

    /** Tells the user the settings file was broken and moved aside. */
    public void reportBrokenSettings(Path movedTo) {
        statusBar.show(services.messages().get("status.settings.broken", movedTo));
    }
}

package dev.mlsd.composer.app;

import dev.mlsd.composer.core.AppVersion;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import dev.mlsd.composer.ui.dialog.FxFileDialogs;
import dev.mlsd.composer.ui.dialog.FxFolderOpener;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.FxClipboard;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.window.MainWindow;
import dev.mlsd.composer.ui.window.WindowServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application and the one place that wires the app. Everything that reads files at
 * start (settings, the file given on the command line, the journal folder) happens in
 * {@link #init()}, on the launcher thread, so the first frame already shows the file.
 */
public final class ComposerApp extends Application {

    private final Background background = new Background();
    private final Background analysis = new Background("mlsd-analysis");
    private final Clock clock = Clock.systemDefaultZone();
    private LaunchOptions options;
    private ProjectStore store;
    private AtomicFileWriter writer;
    private TemplateLibrary templates;
    private SettingsStore settingsStore;
    private SettingsStore.Loaded settings;
    private RecoveryJournal journal;
    private ProjectCommands.Loaded initial;
    private Exception initialFailure;
    private MainWindow window;

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        AppDirs dirs = AppDirs.fromSystem();
        writer = new AtomicFileWriter();
        templates = new TemplateLibrary(new TemplateParser(), dirs.config().resolve("templates"));
        store = new ProjectStore(new ProjectCodec(templates::sourceOf), writer);
        settingsStore = new SettingsStore(dirs.config(), writer, clock);
        settings = settingsStore.loadOrRepair();
        try {
            journal = RecoveryJournal.open(dirs.state().resolve("journal"), writer);
        } catch (IOException e) {
            journal = null;
        }
        templates.all();
        if (options.file() != null) {
            try {
                initial = ProjectCommands.load(store, templates, options.file());
            } catch (Exception e) {
                initialFailure = e;
            }
        }
    }

    @Override
    public void start(Stage stage) {
        String language = settings.settings().language();
        Messages messages = new Messages(language == null ? Locale.getDefault() : Locale.forLanguageTag(language));
        WindowServices services = new WindowServices(store, writer, templates, settingsStore, settings.settings(), journal, messages,
                new FxDialogs(messages, stage, AppVersion.current()), new FxFileDialogs(messages, stage),
                new FxFolderOpener(getHostServices()), new FxClipboard(), background, analysis, new Linter(Lexicon.builtIn()),
                new TokenCounter(), clock, Platform::exit);
        window = new MainWindow(stage, services);
        if (initial != null) {
            window.commands().show(initial, options.file());
        } else {
            window.commands().showNewProject();
        }
        stage.show();
        if (options.measureStartup()) {
            new StartupProbe(System.out).start();
            return;
        }
        if (settings.movedAside() != null) {
            window.reportBrokenSettings(settings.movedAside());
        }
        Path file = options.file();
        Platform.runLater(() -> {
            if (initialFailure != null) {
                window.commands().reportOpenFailure(file, initialFailure);
            }
            window.offerRecovery();
        });
    }

    @Override
    public void stop() throws IOException {
        if (window != null) {
            window.settings().saveNow();
        }
        analysis.close();
        background.close();
        if (journal != null) {
            journal.close();
        }
    }
}

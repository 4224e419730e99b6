package dev.mlsd.composer.app;

import dev.mlsd.composer.core.AppVersion;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import dev.mlsd.composer.ui.dialog.FxFileDialogs;
import dev.mlsd.composer.ui.dialog.FxFolderOpener;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.FxClipboard;
import dev.mlsd.composer.ui.project.ProjectCommands;
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

    /** Everything read from disk before the window opens; safe to build off the FX thread. */
    record Startup(LaunchOptions options, AtomicFileWriter writer, ProjectStore store, TemplateLibrary templates,
                   SettingsStore settingsStore, SettingsStore.Loaded settings, RecoveryJournal journal,
                   ProjectCommands.Loaded initial, Exception initialFailure) {

        static Startup load(LaunchOptions options, Clock clock) {
            AppDirs dirs = AppDirs.fromSystem();
            AtomicFileWriter writer = new AtomicFileWriter();
            TemplateLibrary templates = new TemplateLibrary(new TemplateParser(), dirs.config().resolve("templates"));
            ProjectStore store = new ProjectStore(new ProjectCodec(templates::sourceOf), writer);
            SettingsStore settingsStore = new SettingsStore(dirs.config(), writer, clock);
            SettingsStore.Loaded settings = settingsStore.loadOrRepair();
            RecoveryJournal journal;
            try {
                journal = RecoveryJournal.open(dirs.state().resolve("journal"), writer);
            } catch (IOException e) {
                journal = null;
            }
            templates.all();
            ProjectCommands.Loaded initial = null;
            Exception failure = null;
            if (options.file() != null) {
                try {
                    initial = ProjectCommands.load(store, templates, options.file());
                } catch (Exception e) {
                    failure = e;
                }
            }
            return new Startup(options, writer, store, templates, settingsStore, settings, journal, initial, failure);
        }
    }

    private final Background background = new Background();
    private final Background analysis = new Background("mlsd-analysis");
    private final Clock clock = Clock.systemDefaultZone();
    private final boolean launchedByMain;
    private Startup startup;
    private WiredWindow window;
    private boolean stopped;

    /** As JavaFX creates it ({@code Application.launch}, tests): reads its start-up data in {@link #init()}. */
    public ComposerApp() {
        this.launchedByMain = false;
    }

    /** As {@link GuiLauncher} creates it, with the start-up data read while the toolkit started. */
    ComposerApp(Startup startup) {
        this.startup = startup;
        this.launchedByMain = true;
    }

    @Override
    public void init() {
        if (startup == null) {
            startup = Startup.load(LaunchOptions.parse(getParameters().getRaw()), clock);
        }
    }

    @Override
    public void start(Stage stage) {
        Startup s = startup;
        String language = s.settings().settings().language();
        Messages messages = new Messages(language == null ? Locale.getDefault() : Locale.forLanguageTag(language));
        Runnable exit = launchedByMain ? () -> {
            stop();
            Platform.exit();
        } : Platform::exit;
        HostServicesOpener folders = new HostServicesOpener(launchedByMain ? null : this);
        WindowServices services = new WindowServices(s.store(), s.writer(), s.templates(), s.settingsStore(), s.settings().settings(),
                s.journal(), messages, new FxDialogs(messages, stage, AppVersion.current()), new FxFileDialogs(messages, stage),
                folders, new FxClipboard(), background, analysis, Linter.builtIn(), new TokenCounter(), clock, exit,
                SpellingDictionaries.onOwnThreads());
        window = WiredWindow.wire(stage, services);
        if (s.initial() != null) {
            window.commands().show(s.initial(), s.options().file());
        } else {
            window.commands().showNewProject();
        }
        stage.show();
        if (s.options().measureStartup()) {
            new StartupProbe(System.out).start();
            return;
        }
        if (Boolean.getBoolean("mlsd.bench.exitAfterChecks")) {
            // The memory benchmark: the project open, checked and spell-checked, then out.
            exitWhenSettled(exit);
        }
        if (s.settings().movedAside() != null) {
            window.reportBrokenSettings(s.settings().movedAside());
        }
        Path file = s.options().file();
        Platform.runLater(() -> {
            if (s.initialFailure() != null) {
                window.commands().reportOpenFailure(file, s.initialFailure());
            }
            window.offerRecovery();
        });
    }

    /** Ends the app once the checks have run and the spell-check has gone through every editor. */
    private void exitWhenSettled(Runnable exit) {
        boolean[] checked = {false};
        window.checks().resultsProperty().addListener((obs, old, now) -> checked[0] = true);
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (checked[0] && window.spellingSettled()) {
                    stop();
                    exit.run();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (window != null) {
            window.settings().saveNow();
        }
        analysis.close();
        background.close();
        if (startup != null && startup.journal() != null) {
            try {
                startup.journal().close();
            } catch (IOException e) {
                // The journal stays on disk and is offered at the next start; nothing is lost.
            }
        }
    }

    /** Opens folders with the host services: the Application's when JavaFX made it, else xdg-open and friends. */
    private static final class HostServicesOpener implements dev.mlsd.composer.ui.dialog.FolderOpener {
        private final Application application;

        HostServicesOpener(Application application) {
            this.application = application;
        }

        @Override
        public void open(Path folder) {
            if (application != null) {
                new FxFolderOpener(application.getHostServices()).open(folder);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String command = os.startsWith("windows") ? "explorer" : os.startsWith("mac") ? "open" : "xdg-open";
            try {
                new ProcessBuilder(command, folder.toString()).start();
            } catch (IOException e) {
                // Nothing to show the folder with: the folder's path is in the README.
            }
        }
    }
}

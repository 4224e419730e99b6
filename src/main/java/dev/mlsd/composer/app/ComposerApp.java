package dev.mlsd.composer.app;

import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.FxDialogs;
import dev.mlsd.composer.ui.dialog.FxFileDialogs;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.FxClipboard;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.window.MainWindow;
import dev.mlsd.composer.ui.window.WindowServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application and the one place that wires the app. The file given on the command
 * line is read in {@link #init()}, on the launcher thread, so the first frame already shows it.
 */
public final class ComposerApp extends Application {

    private LaunchOptions options;
    private AppDirs dirs;
    private ProjectStore store;
    private TemplateLibrary templates;
    private SettingsStore settingsStore;
    private Settings settings;
    private ProjectCommands.Loaded initial;
    private Exception initialFailure;
    private final Background background = new Background();

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        dirs = AppDirs.fromSystem();
        AtomicFileWriter writer = new AtomicFileWriter();
        store = new ProjectStore(new ProjectCodec(), writer);
        templates = new TemplateLibrary(new TemplateParser());
        settingsStore = new SettingsStore(dirs.config(), writer);
        settings = settingsStore.load();
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
        Locale locale = settings.language() == null ? Locale.getDefault() : Locale.forLanguageTag(settings.language());
        Messages messages = new Messages(locale);
        WindowServices services = new WindowServices(store, templates, settingsStore, messages,
                new FxDialogs(messages, stage, dev.mlsd.composer.core.AppVersion.current()), new FxFileDialogs(messages, stage), new FxClipboard(),
                background, Clock.systemDefaultZone(), Platform::exit);
        MainWindow window = new MainWindow(stage, services);
        if (initial != null) {
            window.commands().show(initial, options.file());
        } else {
            window.commands().showNewProject();
        }
        stage.show();
        if (options.measureStartup()) {
            new StartupProbe(System.out).start();
        } else if (initialFailure != null) {
            Path file = options.file();
            Platform.runLater(() -> window.commands().reportOpenFailure(file, initialFailure));
        }
    }

    @Override
    public void stop() {
        background.close();
    }
}

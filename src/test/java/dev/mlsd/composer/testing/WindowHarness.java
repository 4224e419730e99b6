package dev.mlsd.composer.testing;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.FxClipboard;
import dev.mlsd.composer.app.WiredWindow;
import dev.mlsd.composer.ui.window.WindowServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a TestFX stage, with the real store, clipboard and background thread,
 * and only the dialogs (which Monocle cannot drive) answered by the test.
 */
public final class WindowHarness {

    public final ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
    public final TemplateLibrary templates;
    /** One counter for all tests: loading the vocabularies takes a moment. */
    private static final TokenCounter TOKENS = new TokenCounter();
    /** One set of dictionaries for all tests, for the same reason (and each window's user dictionary is its own). */
    private static final SpellingDictionaries DICTIONARIES = SpellingDictionaries.onOwnThreads();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    public final AtomicInteger exits = new AtomicInteger();
    public final java.util.List<Path> openedFolders = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final SettingsStore settings;
    public final Messages messages;
    public final RecoveryJournal journal;
    public final WiredWindow window;

    /**
     * A window on a stage of its own (for tests that open a second window, or reopen one), with its
     * settings in {@code dir/config} and its journal in {@code dir/state}; {@link #close} lets it go.
     */
    public static WindowHarness onOwnStage(Path dir, Locale locale) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Stage stage = org.testfx.api.FxToolkit.registerStage(Stage::new);
        return onFx(() -> new WindowHarness(stage, dir.resolve("config"), dir.resolve("state"), locale));
    }

    /** Closes the journal (if any) and every test stage. */
    public void close() throws Exception {
        if (journal != null) {
            journal.close();
        }
        org.testfx.api.FxToolkit.cleanupStages();
    }

    /** A window with its settings in {@code configDir} and no recovery journal. */
    public WindowHarness(Stage stage, Path configDir, Locale locale) {
        this(stage, configDir, null, locale);
    }

    /** A window with its settings and user templates in {@code configDir} and its journal in {@code stateDir} (none if null). */
    public WindowHarness(Stage stage, Path configDir, Path stateDir, Locale locale) {
        templates = new TemplateLibrary(new TemplateParser(), configDir.resolve("templates"));
        settings = new SettingsStore(configDir, new AtomicFileWriter(), Clock.systemDefaultZone());
        messages = new Messages(locale);
        try {
            journal = stateDir == null ? null : RecoveryJournal.open(stateDir.resolve("journal"), new AtomicFileWriter());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        WindowServices services = new WindowServices(store, new AtomicFileWriter(), templates, settings, settings.loadOrRepair().settings(),
                journal, messages, dialogs, files, openedFolders::add, new FxClipboard(), new Background(), new Background("test-analysis"),
                new Linter(Lexicon.builtIn()), TOKENS, Clock.systemDefaultZone(), exits::incrementAndGet,
                DICTIONARIES);
        window = WiredWindow.wire(stage, services);
        window.commands().showNewProject();
        stage.show();
    }

    /**
     * Chooses the menu item with {@code id} (anywhere in the menu bar, submenus included) as a
     * click would. Driving nested menus with the mouse under Monocle opens the neighbouring submenus
     * on the way; the menus' own mechanics are JavaFX's, the action is what is tested.
     */
    public void choose(String id) {
        javafx.scene.control.MenuItem item = onFx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.stage().getScene().lookup(".menu-bar");
            return find(bar.getMenus(), id);
        });
        if (item == null) {
            throw new AssertionError("no menu item " + id);
        }
        onFx(() -> {
            if (item.isDisable()) {
                throw new AssertionError("menu item " + id + " is disabled");
            }
            item.fire();
            return item;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.MenuItem find(java.util.List<? extends javafx.scene.control.MenuItem> items, String id) {
        for (javafx.scene.control.MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                javafx.scene.control.MenuItem found = find(menu.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Shows a new project of the default template holding {@code sections}, as opening one does. */
    public void showSections(java.util.Map<String, String> sections) {
        dev.mlsd.composer.core.model.Project project = dev.mlsd.composer.core.model.Project.create(templates.defaultTemplate(), sections,
                java.time.Instant.now());
        onFx(() -> {
            window.commands().show(new dev.mlsd.composer.ui.project.ProjectCommands.Loaded(project, templates.defaultTemplate(), null), null);
            return project;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The value of {@code read} computed on the FX thread. */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    /** Waits (without sleeping blindly) until {@code condition} holds on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, 10);
    }

    /** As {@link #waitUntil(BooleanSupplier)}, for up to {@code seconds}. */
    public static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

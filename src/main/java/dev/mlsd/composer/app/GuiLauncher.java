package dev.mlsd.composer.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the window; the only path from {@link Main} into JavaFX. The files the window needs
 * (settings, templates, the journal, the project given) are read while the toolkit starts, the
 * classes of the first frame are loaded on the side ({@link Warmup}), and the optimising compiler
 * waits until the first frame is drawn ({@link StartupCompiler}; {@code -Dmlsd.holdC2=false} turns
 * that off, as the launcher script does, which runs with C1 only anyway).
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        CompletableFuture<StartupCompiler> compiler = Boolean.parseBoolean(System.getProperty("mlsd.holdC2", "true"))
                ? CompletableFuture.supplyAsync(StartupCompiler::hold, daemon("mlsd-compiler"))
                : CompletableFuture.completedFuture(null);
        Warmup.start();
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        CompletableFuture<ComposerApp.Startup> loading = CompletableFuture.supplyAsync(
                () -> ComposerApp.Startup.load(options, Clock.systemDefaultZone()), daemon("mlsd-startup"));
        try {
            withoutClassPathWarning(() -> Platform.startup(() -> {
                new ComposerApp(loading.join()).start(new Stage());
                afterFirstFrame(() -> compiler.thenAcceptAsync(held -> {
                    if (held != null) {
                        held.release();
                    }
                }, daemon("mlsd-compiler")));
            }));
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": DISPLAY is set but nothing answers there (a stale SSH forward).
            Main.fail("cannot open the window: " + e.getMessage() + "; the headless commands work without a display: "
                    + Main.HEADLESS_COMMANDS + " (see --help)");
        }
    }

    /**
     * Starts the toolkit without its warning that JavaFX was loaded from the class path, which is
     * what one runnable jar is: the warning went to the user's terminal on every start, and
     * formatting it cost 25-35 ms before the toolkit could start. Only that call is quieted; later
     * JavaFX warnings (CSS, focus) still reach the log.
     */
    static void withoutClassPathWarning(Runnable startup) {
        Logger javafx = Logger.getLogger("javafx");
        Level level = javafx.getLevel();
        javafx.setLevel(Level.SEVERE);
        try {
            startup.run();
        } finally {
            javafx.setLevel(level);
        }
    }

    /** Runs {@code action} on the FX thread at the second pulse after now, when the first frame is on screen. */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private static Executor daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}

package dev.mlsd.composer.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the window; the only path from {@link Main} into JavaFX. The files the window needs
 * (settings, templates, the journal, the project given) are read while the toolkit starts, and
 * the classes of the first frame are loaded on the side ({@link Warmup}).
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Warmup.start();
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        CompletableFuture<ComposerApp.Startup> loading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                loading.complete(ComposerApp.Startup.load(options, Clock.systemDefaultZone()));
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "mlsd-startup");
        reader.setDaemon(true);
        reader.start();
        Platform.startup(() -> new ComposerApp(loading.join()).start(new Stage()));
    }
}

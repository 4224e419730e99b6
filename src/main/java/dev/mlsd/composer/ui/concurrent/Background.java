package dev.mlsd.composer.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (file I/O, whole-document work) off the FX thread, one task at a time in the
 * order given, and hands the result or the failure back on the FX thread.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService worker;

    /** A worker for file work: saves, loads, the journal. */
    public Background() {
        this("mlsd-background");
    }

    public Background(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            worker.execute(() -> task(work, onSuccess, onFailure));
        } catch (RejectedExecutionException ending) {
            // The app is ending: a timer that fires now has nothing left to do.
        }
    }

    private static <T> void task(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            toFx(() -> onFailure.accept(e));
            return;
        }
        toFx(() -> onSuccess.accept(result));
    }

    private static void toFx(Runnable handback) {
        try {
            Platform.runLater(handback);
        } catch (IllegalStateException toolkitGone) {
            // The app is ending; the work itself is done, and nobody is left to tell.
        }
    }

    /** Finishes the work already handed in (saves, journal updates), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.spelling.IgnoreList;
import dev.mlsd.composer.core.spelling.SpellChecker;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.spelling.UserDictionary;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's spell-check: the dictionaries (read off the FX thread once {@link #start()} is
 * called, after the first frame), the user's dictionary and the session's ignore list, and the
 * threads the editors' checks run on. Every area it underlines re-checks itself when
 * {@link #wordsRevisionProperty()} moves (a word added, removed or ignored) or it is switched on.
 */
public final class SpellingService implements AutoCloseable {

    private final SpellingDictionaries dictionaries;
    private final UserDictionary user;
    private final IgnoreList ignored;
    private final Consumer<Exception> onFailure;
    /** Threads that end when idle: a window gone leaves none behind. */
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread thread = new Thread(r, "mlsd-spelling");
        thread.setDaemon(true);
        return thread;
    });
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper wordsRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private SpellChecker checker;
    private boolean waitingForOn;
    private boolean started;

    /**
     * {@code dictionaries}: read once, maybe shared with other windows; {@code onFailure}: told (on the
     * FX thread) when the dictionaries or the user's file cannot be read or written.
     */
    public SpellingService(SpellingDictionaries dictionaries, UserDictionary user, Consumer<Exception> onFailure) {
        this.dictionaries = dictionaries;
        this.user = user;
        this.ignored = new IgnoreList();
        this.onFailure = onFailure;
        workers.allowCoreThreadTimeOut(true);
    }

    /** Whether the editors are checked (View → Check spelling). */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Moves each time the words the checker accepts change. */
    public ReadOnlyIntegerProperty wordsRevisionProperty() {
        return wordsRevision.getReadOnlyProperty();
    }

    /**
     * Reads the dictionaries and the user's words on the spelling threads, now or, while spell-check
     * is off, once it is turned on; the areas check once they are there.
     */
    public void start() {
        if (!enabled.get()) {
            if (!waitingForOn) {
                waitingForOn = true;
                enabled.addListener((obs, was, on) -> {
                    if (on) {
                        start();
                    }
                });
            }
            return;
        }
        if (started) {
            return;
        }
        started = true;
        // The user's words first, so that no check made with the dictionaries underlines them.
        run(() -> {
            user.load();
            return true;
        }, loaded -> loadDictionaries(), e -> {
            onFailure.accept(e);
            loadDictionaries();
        });
    }

    private void loadDictionaries() {
        dictionaries.checker(user, ignored).whenComplete((loaded, failure) -> toFx(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                onFailure.accept(cause instanceof Exception e ? e : new IllegalStateException(cause));
                return;
            }
            checker = loaded;
            ready.set(true);
        }));
    }

    /** Whether the dictionaries have been read (false while spell-check was never on). */
    public boolean isReady() {
        return checker != null;
    }

    /** The checker, or null while the dictionaries are still being read. */
    SpellChecker checker() {
        return checker;
    }

    /** Whether the dictionaries have been read. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether {@code word} is in the user's dictionary (so it can be taken out again). */
    public boolean isUserWord(String word) {
        return user.contains(word);
    }

    /** Adds {@code word} to the user's dictionary file, off the FX thread. */
    public void add(String word) {
        changeWords(() -> {
            user.add(word);
            return word;
        });
    }

    /** Takes {@code word} out of the user's dictionary file, off the FX thread. */
    public void remove(String word) {
        changeWords(() -> {
            user.remove(word);
            return word;
        });
    }

    /** Accepts {@code word} until the app closes. */
    public void ignore(String word) {
        ignored.ignore(word);
        wordsRevision.set(wordsRevision.get() + 1);
    }

    /** Looks up corrections for {@code word} off the FX thread and hands them to {@code then} on it. */
    void suggestions(String word, Consumer<List<String>> then) {
        SpellChecker ready = checker;
        if (ready != null) {
            run(() -> ready.suggestions(word), then, e -> then.accept(List.of()));
        }
    }

    /** Runs {@code work} on a spelling thread and hands its result back on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> then, Consumer<Exception> failed) {
        try {
            workers.execute(() -> {
                try {
                    T result = work.call();
                    toFx(() -> then.accept(result));
                } catch (Exception e) {
                    toFx(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException closing) {
            // The app is ending: nothing left to underline.
        }
    }

    private static void toFx(Runnable handback) {
        try {
            Platform.runLater(handback);
        } catch (IllegalStateException toolkitGone) {
            // The app is ending; nobody is left to tell.
        }
    }

    private void changeWords(Callable<String> change) {
        run(change, done -> wordsRevision.set(wordsRevision.get() + 1), onFailure);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

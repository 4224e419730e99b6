package dev.mlsd.composer.core.spelling;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.hunspell.Dictionary;

/**
 * The Russian and English dictionaries, read at the first {@link #checker()} rather than at
 * start-up, on the given executor (both at once): nothing waits for them unless it asks. Read once
 * and shared by every checker made from them. The user's dictionary is read by its owner
 * ({@link UserDictionary#load()}), so a broken user file costs its own words only.
 */
public final class SpellingDictionaries {

    private final Executor executor;
    private final UserDictionary user;
    private final IgnoreList ignored;
    private CompletableFuture<Map<Language, Dictionary>> loaded;
    private CompletableFuture<Suggestions> suggestions;
    private CompletableFuture<SpellChecker> checker;

    public SpellingDictionaries(Executor executor, UserDictionary user, IgnoreList ignored) {
        this.executor = executor;
        this.user = user;
        this.ignored = ignored;
    }

    /** Dictionaries for checkers made with {@link #checker(UserDictionary, IgnoreList)}, read on {@code executor}. */
    public SpellingDictionaries(Executor executor) {
        this(executor, null, null);
    }

    /** Dictionaries read on two threads of their own, which end a few seconds after the reading. */
    public static SpellingDictionaries onOwnThreads() {
        ThreadPoolExecutor threads = new ThreadPoolExecutor(2, 2, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "mlsd-dictionaries");
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);
        return new SpellingDictionaries(threads);
    }

    /** The checker, once both dictionaries are read; the first call starts reading them and returns at once. */
    public synchronized CompletableFuture<SpellChecker> checker() {
        if (user == null) {
            throw new IllegalStateException("made without a user dictionary: ask checker(user, ignored)");
        }
        if (checker == null) {
            checker = checker(user, ignored);
        }
        return checker;
    }

    /** A checker with the given user's words and ignore list, once the dictionaries are read (they are read once). */
    public synchronized CompletableFuture<SpellChecker> checker(UserDictionary userWords, IgnoreList ignoredWords) {
        if (loaded == null) {
            CompletableFuture<DictionaryLoader> loader = CompletableFuture.supplyAsync(
                    () -> new DictionaryLoader(DomainWords.builtIn()), executor);
            CompletableFuture<Dictionary> ru = loader.thenApplyAsync(l -> l.load(Language.RU), executor);
            CompletableFuture<Dictionary> en = loader.thenApplyAsync(l -> l.load(Language.EN), executor);
            loaded = ru.thenCombine(en, (r, e) -> {
                Map<Language, Dictionary> both = new EnumMap<>(Language.class);
                both.put(Language.RU, r);
                both.put(Language.EN, e);
                return both;
            });
            suggestions = loaded.thenApply(Suggestions::new);
        }
        return suggestions.thenApply(shared -> new SpellChecker(shared.dictionaries(), userWords, ignoredWords, shared));
    }
}

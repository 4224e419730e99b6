package dev.mlsd.composer.core.spelling;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.hunspell.Dictionary;

/**
 * The Russian and English dictionaries, read at the first {@link #checker()} rather than at
 * start-up, on the given executor (both at once): nothing waits for them unless it asks. The
 * user's dictionary is read by its owner ({@link UserDictionary#load()}), so a broken user file
 * costs its own words only.
 */
public final class SpellingDictionaries {

    private final Executor executor;
    private final UserDictionary user;
    private final IgnoreList ignored;
    private CompletableFuture<SpellChecker> checker;

    public SpellingDictionaries(Executor executor, UserDictionary user, IgnoreList ignored) {
        this.executor = executor;
        this.user = user;
        this.ignored = ignored;
    }

    /** The checker, once both dictionaries are read; the first call starts reading them and returns at once. */
    public synchronized CompletableFuture<SpellChecker> checker() {
        if (checker == null) {
            CompletableFuture<DictionaryLoader> loader = CompletableFuture.supplyAsync(
                    () -> new DictionaryLoader(DomainWords.builtIn()), executor);
            CompletableFuture<Dictionary> ru = loader.thenApplyAsync(l -> l.load(Language.RU), executor);
            CompletableFuture<Dictionary> en = loader.thenApplyAsync(l -> l.load(Language.EN), executor);
            checker = ru.thenCombine(en, (r, e) -> {
                Map<Language, Dictionary> both = new EnumMap<>(Language.class);
                both.put(Language.RU, r);
                both.put(Language.EN, e);
                return new SpellChecker(both, user, ignored);
            });
        }
        return checker;
    }
}

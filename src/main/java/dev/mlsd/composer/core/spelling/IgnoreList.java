package dev.mlsd.composer.core.spelling;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Words the user chose to ignore for this session; forgotten when the app closes. Thread-safe. */
public final class IgnoreList {

    private final Set<String> words = ConcurrentHashMap.newKeySet();

    public void ignore(String word) {
        words.add(WordKey.of(word));
    }

    public boolean contains(String word) {
        return !words.isEmpty() && words.contains(WordKey.of(word));
    }
}

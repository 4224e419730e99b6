package dev.mlsd.composer.core.spelling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * Checks prose in Russian and English, each word against the dictionary of its script, and
 * suggests corrections. What is not prose ({@link SkippedRanges}), words {@link WordRules} leaves
 * alone, the user's dictionary and the session's ignore list are never reported. Thread-safe:
 * the dictionaries are immutable and each call makes its own Hunspell readers, so several
 * ranges may be checked at once on background threads.
 */
public final class SpellChecker {

    /** At most this many suggestions per word, as the context menu shows them. */
    public static final int MAX_SUGGESTIONS = 5;

    private final Map<Language, Dictionary> dictionaries;
    private final UserDictionary user;
    private final IgnoreList ignored;
    private final Suggestions suggestions;

    SpellChecker(Map<Language, Dictionary> dictionaries, UserDictionary user, IgnoreList ignored) {
        this(dictionaries, user, ignored, new Suggestions(new EnumMap<>(dictionaries)));
    }

    /** With {@code suggestions} shared by every checker of the same dictionaries (its caches are megabytes). */
    SpellChecker(Map<Language, Dictionary> dictionaries, UserDictionary user, IgnoreList ignored, Suggestions suggestions) {
        this.dictionaries = new EnumMap<>(dictionaries);
        this.user = user;
        this.ignored = ignored;
        this.suggestions = suggestions;
    }

    /** The misspelt words of a whole Markdown text, in text order. */
    public List<Misspelling> check(String text) {
        return check(text, SkippedRanges.of(text), 0, text.length());
    }

    /**
     * The misspelt words that overlap {@code [from, to)} of {@code text} (a paragraph, or what is
     * on screen), with the non-prose ranges the caller computed for the whole text once.
     */
    public List<Misspelling> check(String text, SkippedRanges skipped, int from, int to) {
        Readers readers = new Readers();
        List<Misspelling> found = new ArrayList<>();
        WordScanner.scan(text, from, to, (start, end) -> {
            if (!skipped.overlaps(start, end)) {
                String word = text.substring(start, end);
                if (!readers.known(word)) {
                    found.add(new Misspelling(word, start, end));
                }
            }
        });
        return found;
    }

    /** A word of a text and its range {@code [start, end)}. */
    public record Word(String text, int start, int end) {
    }

    /** The word of {@code text} that {@code offset} is in or just after, if there is one. */
    public static java.util.Optional<Word> wordAt(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        Word[] found = new Word[1];
        WordScanner.scan(text, Math.max(0, at - 1), Math.min(text.length(), at + 1), (start, end) -> {
            if (found[0] == null && start <= at && at <= end) {
                found[0] = new Word(text.substring(start, end), start, end);
            }
        });
        return java.util.Optional.ofNullable(found[0]);
    }

    /** Whether the checker accepts {@code word} (one word, no spaces). */
    public boolean isCorrect(String word) {
        return new Readers().known(word);
    }

    /**
     * Up to {@link #MAX_SUGGESTIONS} corrections for {@code word}, in its own case, best first;
     * none when there are none. Takes from a few tens of milliseconds to a second (the first
     * request per language builds a cache): call it off the FX thread.
     */
    public List<String> suggestions(String word) {
        return suggestions.of(word, MAX_SUGGESTIONS);
    }

    private static String normalized(String word, Language language) {
        return language == Language.RU ? YoNormalizer.normalize(word) : word;
    }

    /** One call's Hunspell readers (they are not thread-safe) and its verdicts on repeated words. */
    private final class Readers {
        private final Map<Language, Hunspell> hunspells = new EnumMap<>(Language.class);
        private final Map<String, Boolean> verdicts = new HashMap<>();

        boolean known(String word) {
            Boolean verdict = verdicts.get(word);
            if (verdict == null) {
                verdict = decide(word);
                verdicts.put(word, verdict);
            }
            return verdict;
        }

        private boolean decide(String word) {
            if (WordRules.skipped(word) || ignored.contains(word) || user.contains(word)) {
                return true;
            }
            Language language = Language.of(word);
            if (language != null && hunspell(language).spell(normalized(word, language))) {
                return true;
            }
            String[] parts = word.split("[-\u2011]");
            if (parts.length < 2) {
                return false;
            }
            if (language != null && hunspell(language).spell(normalized(String.join("", parts), language))) {
                return true; // pre-trained as pretrained
            }
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty() && !known(parts[i]) && !(i < parts.length - 1 && adjectiveStem(parts[i]))) {
                    return false;
                }
            }
            return true;
        }

        /** The first part of a compound adjective, as русско- in русско-английский: an adjective's stem plus о. */
        private boolean adjectiveStem(String part) {
            if (Language.of(part) != Language.RU || !part.endsWith("о") || part.length() < 4) {
                return false;
            }
            String stem = normalized(part.substring(0, part.length() - 1), Language.RU);
            Hunspell ru = hunspell(Language.RU);
            return ru.spell(stem + "ий") || ru.spell(stem + "ый") || ru.spell(stem + "ой");
        }

        private Hunspell hunspell(Language language) {
            return hunspells.computeIfAbsent(language, l -> new Hunspell(dictionaries.get(l)));
        }
    }
}

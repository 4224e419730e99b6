package dev.mlsd.composer.core.spelling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Suggester;

/**
 * Corrections for a misspelt word, from Hunspell's suggester. Its entry cache (built at the first
 * request for a language, a second or so) makes each later request a few times faster. Two-word
 * splits ("метре кой") are dropped: the fix replaces one word.
 */
final class Suggestions {

    private final Map<Language, Dictionary> dictionaries;
    private final Map<Language, Suggester> suggesters = new EnumMap<>(Language.class);

    Map<Language, Dictionary> dictionaries() {
        return dictionaries;
    }

    Suggestions(Map<Language, Dictionary> dictionaries) {
        this.dictionaries = dictionaries;
    }

    List<String> of(String word, int max) {
        Language language = Language.of(word);
        if (language == null) {
            return List.of();
        }
        String asked = language == Language.RU ? YoNormalizer.normalize(word) : word;
        Suggester suggester = suggester(language);
        List<String> found;
        synchronized (suggester) { // Lucene does not promise that one suggester serves two threads at once
            found = suggester.suggestNoTimeout(asked, () -> { });
        }
        List<String> result = new ArrayList<>();
        for (String suggestion : found) {
            String cased = inCaseOf(word, suggestion);
            if (!cased.contains(" ") && !result.contains(cased)) {
                result.add(cased);
            }
            if (result.size() == max) {
                break;
            }
        }
        return result;
    }

    private synchronized Suggester suggester(Language language) {
        return suggesters.computeIfAbsent(language, l -> new Suggester(dictionaries.get(l)).withSuggestibleEntryCache());
    }

    private static String inCaseOf(String word, String suggestion) {
        if (!suggestion.isEmpty() && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(suggestion.charAt(0))) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }
}

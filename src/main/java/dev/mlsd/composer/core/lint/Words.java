package dev.mlsd.composer.core.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text split into words (maximal runs of letters and digits), lower-cased with ё as е, each with
 * its position, and indexed so a keyword lookup costs a hash probe per word rather than a scan.
 */
public final class Words {

    /** Receives the range of a phrase found. */
    interface Hit {
        void at(int start, int end);
    }

    private final String text;
    private final List<String> words = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    public Words(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = Lexicon.fold(text.substring(start, i));
            byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(words.size());
            words.add(word);
            spans.add(new int[] {start, i});
        }
    }

    public String text() {
        return text;
    }

    /** How many words the text has. */
    public long count() {
        return words.size();
    }

    static List<String> split(String folded) {
        List<String> parts = new ArrayList<>();
        Words w = new Words(folded);
        parts.addAll(w.words);
        return parts;
    }

    /** Finds each place where the words occur one after another; a stem matches any word starting with it. */
    void phrases(List<String> phrase, List<Boolean> stems, Hit hit) {
        List<Integer> firsts = stems.get(0) ? startingWith(phrase.get(0)) : byWord.getOrDefault(phrase.get(0), List.of());
        for (int first : firsts) {
            int k = 1;
            while (k < phrase.size() && first + k < words.size()
                    && (stems.get(k) ? words.get(first + k).startsWith(phrase.get(k)) : words.get(first + k).equals(phrase.get(k)))) {
                k++;
            }
            if (k == phrase.size()) {
                hit.at(spans.get(first)[0], spans.get(first + phrase.size() - 1)[1]);
            }
        }
    }

    private List<Integer> startingWith(String stem) {
        List<Integer> found = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : byWord.entrySet()) {
            if (entry.getKey().startsWith(stem)) {
                found.addAll(entry.getValue());
            }
        }
        found.sort(null);
        return found;
    }
}

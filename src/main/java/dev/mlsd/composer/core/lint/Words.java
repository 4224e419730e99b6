package dev.mlsd.composer.core.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text split into words (maximal runs of letters and digits), lower-cased with ё as е, each with
 * its position, and indexed so a keyword lookup costs a hash probe per distinct word rather than a
 * scan. Positions are kept in int arrays and each distinct word once: a megabyte of text stays a
 * few thousand objects, so checking it leaves the garbage collector little to copy (a long pause
 * there would stall the window).
 */
public final class Words {

    /** Receives the range of a phrase found. */
    interface Hit {
        void at(int start, int end);
    }

    /** The positions (word numbers) of one distinct word. */
    private static final class Occurrences {
        final int id;
        int[] at = new int[4];
        int size;

        Occurrences(int id) {
            this.id = id;
        }

        void add(int index) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = index;
        }
    }

    private final String text;
    private final Map<String, Occurrences> byWord = new HashMap<>();
    private final List<String> distinct = new ArrayList<>();
    private int[] ids = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    public Words(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        StringBuilder folded = new StringBuilder(32);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            folded.setLength(0);
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                int lower = Character.toLowerCase(c);
                folded.appendCodePoint(lower == 'ё' ? 'е' : lower);
                i += Character.charCount(c);
            }
            add(folded.toString(), start, i);
        }
    }

    private void add(String word, int start, int end) {
        Occurrences occurrences = byWord.get(word);
        if (occurrences == null) {
            occurrences = new Occurrences(distinct.size());
            byWord.put(word, occurrences);
            distinct.add(word);
        }
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        occurrences.add(count);
        ids[count] = occurrences.id;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    public String text() {
        return text;
    }

    /** How many words the text has. */
    public long count() {
        return count;
    }

    static List<String> split(String folded) {
        Words w = new Words(folded);
        List<String> parts = new ArrayList<>(w.count);
        for (int k = 0; k < w.count; k++) {
            parts.add(w.distinct.get(w.ids[k]));
        }
        return parts;
    }

    private String word(int index) {
        return distinct.get(ids[index]);
    }

    /** Finds each place where the words occur one after another; a stem matches any word starting with it. */
    void phrases(List<String> phrase, List<Boolean> stems, Hit hit) {
        for (int first : firsts(phrase.get(0), stems.get(0))) {
            int k = 1;
            while (k < phrase.size() && first + k < count
                    && (stems.get(k) ? word(first + k).startsWith(phrase.get(k)) : word(first + k).equals(phrase.get(k)))) {
                k++;
            }
            if (k == phrase.size()) {
                hit.at(starts[first], ends[first + phrase.size() - 1]);
            }
        }
    }

    private int[] firsts(String word, boolean stem) {
        if (!stem) {
            Occurrences exact = byWord.get(word);
            return exact == null ? new int[0] : Arrays.copyOf(exact.at, exact.size);
        }
        int total = 0;
        List<Occurrences> matching = new ArrayList<>();
        for (Map.Entry<String, Occurrences> entry : byWord.entrySet()) {
            if (entry.getKey().startsWith(word)) {
                matching.add(entry.getValue());
                total += entry.getValue().size;
            }
        }
        int[] found = new int[total];
        int at = 0;
        for (Occurrences occurrences : matching) {
            System.arraycopy(occurrences.at, 0, found, at, occurrences.size);
            at += occurrences.size;
        }
        Arrays.sort(found);
        return found;
    }
}

package dev.mlsd.composer.core.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword groups of {@code lint/keywords.txt}: whole words, word stems (for Russian
 * inflection), phrases of those, and regular expressions, matched without regard to case or ё/е.
 */
public final class Lexicon {

    /** An entry of a group: its text as written, and where it matched. */
    public record Match(String entry, int start, int end) {
    }

    private record Entry(String source, List<String> words, List<Boolean> stems, Pattern regex) {
    }

    private final Map<String, List<Entry>> groups;

    private Lexicon(Map<String, List<Entry>> groups) {
        this.groups = groups;
    }

    /** The lexicon shipped with the app. */
    public static Lexicon builtIn() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/lint/keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("lint/keywords.txt is missing from the app");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon of the given groups, each a list of entries written as in {@code keywords.txt}. */
    public static Lexicon of(Map<String, List<String>> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        entries.forEach((group, list) -> groups.put(group, list.stream().map(e -> entry(e.strip())).toList()));
        return new Lexicon(groups);
    }

    static Lexicon parse(String text) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        List<Entry> current = null;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = groups.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), g -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalArgumentException("keyword outside a [group]: " + trimmed);
                }
                current.add(entry(trimmed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(groups);
    }

    private static Entry entry(String text) {
        if (text.startsWith("re:")) {
            Pattern regex = Pattern.compile(text.substring(3).strip(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
            return new Entry(text, List.of(), List.of(), regex);
        }
        List<String> words = new ArrayList<>();
        List<Boolean> stems = new ArrayList<>();
        for (String part : text.split(" +")) {
            boolean stem = part.endsWith("*");
            List<String> pieces = Words.split(fold(stem ? part.substring(0, part.length() - 1) : part));
            for (int i = 0; i < pieces.size(); i++) {
                words.add(pieces.get(i));
                stems.add(stem && i == pieces.size() - 1);
            }
        }
        return new Entry(text, List.copyOf(words), List.copyOf(stems), null);
    }

    /** Every match of the group's entries in {@code text}, in order of position. */
    public List<Match> find(String group, Words text) {
        List<Entry> entries = groups.get(group);
        if (entries == null) {
            throw new IllegalArgumentException("no keyword group [" + group + "]");
        }
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.regex() != null) {
                Matcher m = entry.regex().matcher(text.text());
                while (m.find()) {
                    matches.add(new Match(entry.source(), m.start(), m.end()));
                }
            } else if (!entry.words().isEmpty()) {
                text.phrases(entry.words(), entry.stems(), (start, end) -> matches.add(new Match(entry.source(), start, end)));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return matches;
    }

    /** True when any entry of the group occurs in {@code text}. */
    public boolean any(String group, Words text) {
        return !find(group, text).isEmpty();
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}

package dev.mlsd.composer.core.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of {@code spelling/domain-words.txt}: ML and business terms the dictionaries lack.
 * Each line is a word as a Hunspell {@code .dic} line, optionally with its dictionary's affix
 * flags after a slash, so that its inflected forms are known too; Cyrillic words belong to the
 * Russian dictionary, Latin ones to the English.
 */
public final class DomainWords {

    private final Map<Language, List<String>> lines;

    private DomainWords(Map<Language, List<String>> lines) {
        this.lines = lines;
    }

    /** The list shipped with the app. */
    public static DomainWords builtIn() {
        try (InputStream in = DomainWords.class.getResourceAsStream("/spelling/domain-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("spelling/domain-words.txt is missing from the app");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DomainWords parse(String text) {
        Map<Language, List<String>> lines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lines.put(language, new ArrayList<>());
        }
        for (String line : text.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int slash = entry.indexOf('/');
            String word = slash < 0 ? entry : entry.substring(0, slash);
            Language language = Language.of(word);
            if (language == null) {
                throw new IllegalArgumentException("domain word mixes scripts or has no letters: " + entry);
            }
            lines.get(language).add(language == Language.RU ? YoNormalizer.normalize(entry) : entry);
        }
        return new DomainWords(lines);
    }

    /** The words of {@code language} as the text of a {@code .dic} file (a count line first). */
    String dicFile(Language language) {
        List<String> words = lines.get(language);
        return words.size() + "\n" + String.join("\n", words) + "\n";
    }
}

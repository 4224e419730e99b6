package dev.mlsd.composer.core.spelling;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.io.WriteFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user's own words: a plain UTF-8 text file, one word per line, that a person may also edit
 * by hand ({@code dictionary.txt} in the config folder). Adding or removing re-reads the file
 * first, so words typed into it while the app runs are kept. Thread-safe; does file I/O, so never
 * on the FX thread.
 */
public final class UserDictionary {

    /** The file's name in the config folder. */
    public static final String FILE_NAME = "dictionary.txt";

    private final Path file;
    private final AtomicFileWriter writer;
    private volatile Set<String> keys = Set.of();

    public UserDictionary(Path file, AtomicFileWriter writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Reads the file; a missing file is an empty dictionary. */
    public synchronized void load() throws BadInputException {
        keys = keysOf(read());
    }

    public boolean contains(String word) {
        Set<String> current = keys;
        return !current.isEmpty() && current.contains(WordKey.of(word));
    }

    /** The words as the file lists them. */
    public synchronized List<String> words() throws BadInputException {
        return List.copyOf(read());
    }

    /** Adds {@code word} to the file (no-op when it is there already). */
    public synchronized void add(String word) throws BadInputException, WriteFailedException {
        String entry = word.strip();
        if (entry.isEmpty() || entry.contains("\n")) {
            throw new IllegalArgumentException("not a word: " + word);
        }
        List<String> words = read();
        if (keysOf(words).contains(WordKey.of(entry))) {
            keys = keysOf(words);
            return;
        }
        words.add(entry);
        write(words);
    }

    /** Removes every line that is {@code word} (in any case, ё or е). */
    public synchronized void remove(String word) throws BadInputException, WriteFailedException {
        String key = WordKey.of(word);
        List<String> words = read();
        if (words.removeIf(w -> WordKey.of(w).equals(key))) {
            write(words);
        } else {
            keys = keysOf(words);
        }
    }

    private List<String> read() throws BadInputException {
        List<String> words = new ArrayList<>();
        if (!Files.exists(file)) {
            return words;
        }
        for (String line : TextFiles.readUtf8(file).split("\r?\n")) {
            if (!line.isBlank()) {
                words.add(line.strip());
            }
        }
        return words;
    }

    private void write(List<String> words) throws WriteFailedException {
        String text = words.isEmpty() ? "" : String.join("\n", words) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new WriteFailedException(WriteFailedException.Reason.OTHER, String.valueOf(e.getMessage()), e);
        }
        writer.write(file, text.getBytes(StandardCharsets.UTF_8));
        keys = keysOf(words);
    }

    private static Set<String> keysOf(List<String> words) {
        Set<String> set = ConcurrentHashMap.newKeySet();
        words.forEach(w -> set.add(WordKey.of(w)));
        return set;
    }
}

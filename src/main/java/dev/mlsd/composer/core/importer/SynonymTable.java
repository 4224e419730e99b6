package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.ByteOrderMark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which heading titles mean which slot: per slot id, a list of normalized titles (Russian and English)
 * with weights, and "veto" phrases that keep a heading from being taken by a partial match.
 *
 * <p>The built-in table is {@code /import/synonyms.txt}; its format is described at its top and in
 * {@link #parse(String)}.
 */
public final class SynonymTable {

    /** Where the built-in table lives on the class path. */
    public static final String RESOURCE = "/import/synonyms.txt";

    /**
     * A title that names a slot.
     *
     * @param title  normalized ({@link DocumentOutline#normalizePlainTitle(String)})
     * @param weight in (0, 1]: how surely the title alone names the slot
     */
    public record Synonym(String title, double weight) {
        public Synonym {
            Objects.requireNonNull(title, "title");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
            }
        }
    }

    private static volatile SynonymTable builtIn;

    private final Map<String, List<Synonym>> synonyms;
    private final Map<String, List<String>> vetoes;

    private SynonymTable(Map<String, List<Synonym>> synonyms, Map<String, List<String>> vetoes) {
        this.synonyms = synonyms;
        this.vetoes = vetoes;
    }

    /** The table shipped with the application ({@value #RESOURCE}). */
    public static SynonymTable builtIn() {
        SynonymTable table = builtIn;
        if (table == null) {
            try (InputStream in = SynonymTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                table = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = table;
        }
        return table;
    }

    /** A table that knows no slot: every slot is matched by its own title only. */
    public static SynonymTable empty() {
        return new SynonymTable(Map.of(), Map.of());
    }

    /**
     * Reads a table. Line by line ({@code \n} or {@code \r\n}):
     * <ul>
     *   <li>blank lines and lines starting with {@code #} are ignored;</li>
     *   <li>{@code [slot-id]} starts the entries of a slot (a slot may appear again; entries add up);</li>
     *   <li>{@code title} or {@code title | weight} is a synonym, normalized like heading titles; the weight is a
     *       number in (0, 1], default 1;</li>
     *   <li>{@code !phrase} is a veto: a heading whose title contains the phrase (as whole words) is not taken
     *       for this slot by a prefix or substring match (an exact match still counts).</li>
     * </ul>
     *
     * @throws IllegalArgumentException naming the line, for an entry before any {@code [slot]}, a bad weight,
     *                                  or an entry that normalizes to nothing
     */
    public static SynonymTable parse(String text) {
        Map<String, List<Synonym>> synonyms = new LinkedHashMap<>();
        Map<String, List<String>> vetoes = new LinkedHashMap<>();
        String slot = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = (i == 0 ? ByteOrderMark.dropFrom(lines[i]) : lines[i]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                slot = line.substring(1, line.length() - 1).strip();
                if (slot.isEmpty()) {
                    throw bad(i, "empty slot id");
                }
                synonyms.computeIfAbsent(slot, k -> new ArrayList<>());
                vetoes.computeIfAbsent(slot, k -> new ArrayList<>());
                continue;
            }
            if (slot == null) {
                throw bad(i, "entry before any [slot]");
            }
            if (line.startsWith("!")) {
                String veto = DocumentOutline.normalizePlainTitle(line.substring(1));
                if (veto.isEmpty()) {
                    throw bad(i, "empty veto");
                }
                vetoes.get(slot).add(veto);
                continue;
            }
            double weight = 1;
            int bar = line.lastIndexOf('|');
            if (bar >= 0) {
                try {
                    weight = Double.parseDouble(line.substring(bar + 1).strip());
                } catch (NumberFormatException e) {
                    throw bad(i, "bad weight '" + line.substring(bar + 1).strip() + "'");
                }
                if (!(weight > 0 && weight <= 1)) {
                    throw bad(i, "weight must be in (0, 1]");
                }
                line = line.substring(0, bar);
            }
            String title = DocumentOutline.normalizePlainTitle(line);
            if (title.isEmpty()) {
                throw bad(i, "empty title");
            }
            synonyms.get(slot).add(new Synonym(title, weight));
        }
        Map<String, List<Synonym>> s = new LinkedHashMap<>();
        synonyms.forEach((k, v) -> s.put(k, List.copyOf(v)));
        Map<String, List<String>> v = new LinkedHashMap<>();
        vetoes.forEach((k, list) -> v.put(k, List.copyOf(new LinkedHashSet<>(list))));
        return new SynonymTable(Collections.unmodifiableMap(s), Collections.unmodifiableMap(v));
    }

    private static IllegalArgumentException bad(int lineIndex, String message) {
        return new IllegalArgumentException("synonym table, line " + (lineIndex + 1) + ": " + message);
    }

    /** Whether the table has a section for the slot. */
    public boolean covers(String slotId) {
        return synonyms.containsKey(slotId);
    }

    /** The slot ids the table has sections for, in file order. */
    public Set<String> slotIds() {
        return synonyms.keySet();
    }

    /** The slot's synonyms in file order (empty for a slot the table does not cover). */
    public List<Synonym> synonyms(String slotId) {
        return synonyms.getOrDefault(slotId, List.of());
    }

    /** The slot's veto phrases, normalized. */
    public List<String> vetoes(String slotId) {
        return vetoes.getOrDefault(slotId, List.of());
    }
}

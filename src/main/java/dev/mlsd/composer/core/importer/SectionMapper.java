package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.model.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the headings of a document to a template's slots by their titles.
 *
 * <p>Scoring: each candidate heading gets, per slot, the best over the slot's synonyms (the
 * {@link SynonymTable}'s entries plus the slot's own normalized title, weight 1) of
 * {@code weight × kind}, where kind is 1.0 for an exact title match, 0.8 for the synonym as a
 * whole-word prefix of the title and 0.6 for the synonym elsewhere in the title as whole words.
 * Partial (prefix/substring) matches are dropped when the title contains one of the slot's veto phrases.
 * Table-of-contents headings are never candidates.
 *
 * <p>Assignment is greedy over all (slot, heading) pairs, best first: higher score, then an exact match,
 * then a heading whose section is not blank, then one not inside a block quote or list item, then the
 * shallower heading, then the earlier one, then the earlier slot. A heading goes to one slot at most,
 * and each slot gets at most one heading automatically (a GUI may assign several later).
 */
public final class SectionMapper {

    static final double EXACT = 1.0;
    static final double PREFIX = 0.8;
    static final double CONTAINS = 0.6;

    /**
     * Which headings each slot got.
     *
     * @param bySlot    slot id → its headings, in slot order (an unmatched slot maps to an empty list)
     * @param unmatched ids of the slots that got no heading, in slot order
     * @param outline   the document the headings belong to, for {@link #text(String)}
     */
    public record Mapping(Map<String, List<Heading>> bySlot, List<String> unmatched, DocumentOutline outline) {

        public Mapping {
            Map<String, List<Heading>> copy = new LinkedHashMap<>();
            bySlot.forEach((slot, headings) -> copy.put(slot, List.copyOf(headings)));
            bySlot = Collections.unmodifiableMap(copy);
            unmatched = List.copyOf(unmatched);
            Objects.requireNonNull(outline, "outline");
        }

        /** The slot's text: see {@link SectionMapper#text(DocumentOutline, List)}; "" for an unknown or unmatched slot. */
        public String text(String slotId) {
            return SectionMapper.text(outline, bySlot.getOrDefault(slotId, List.of()));
        }

        /** The same mapping with the slot's headings replaced (in the order given); unmatched is recomputed. */
        public Mapping with(String slotId, List<Heading> headings) {
            Map<String, List<Heading>> changed = new LinkedHashMap<>(bySlot);
            changed.put(slotId, headings);
            List<String> none = new ArrayList<>();
            changed.forEach((slot, list) -> {
                if (list.isEmpty()) {
                    none.add(slot);
                }
            });
            return new Mapping(changed, none, outline);
        }
    }

    /**
     * A heading that could go to a slot.
     *
     * @param heading the heading
     * @param score   weight × kind of the best synonym, in (0, 1]
     * @param exact   whether that best synonym equals the heading's title
     * @param synonym the synonym that matched best (normalized)
     */
    public record Candidate(Heading heading, double score, boolean exact, String synonym) {
    }

    private final SynonymTable table;

    public SectionMapper(SynonymTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** A mapper over {@link SynonymTable#builtIn()}. */
    public SectionMapper() {
        this(SynonymTable.builtIn());
    }

    /** Maps {@code outline}'s headings to {@code slots}: each slot gets 0 or 1 heading, no heading two slots. */
    public Mapping map(DocumentOutline outline, List<Slot> slots) {
        List<String> ids = new ArrayList<>();
        record Pair(int slot, Candidate candidate) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Slot slot : slots) {
            if (ids.contains(slot.id())) {
                continue;
            }
            ids.add(slot.id());
            for (Candidate c : candidates(outline, slot)) {
                pairs.add(new Pair(ids.size() - 1, c));
            }
        }
        Comparator<Candidate> best = order(outline);
        pairs.sort(Comparator.<Pair, Candidate>comparing(Pair::candidate, best).thenComparingInt(Pair::slot));

        Heading[] chosen = new Heading[ids.size()];
        Set<Integer> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (chosen[pair.slot()] == null && !taken.contains(pair.candidate().heading().index())) {
                chosen[pair.slot()] = pair.candidate().heading();
                taken.add(pair.candidate().heading().index());
            }
        }
        Map<String, List<Heading>> bySlot = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            bySlot.put(ids.get(i), chosen[i] == null ? List.of() : List.of(chosen[i]));
            if (chosen[i] == null) {
                unmatched.add(ids.get(i));
            }
        }
        return new Mapping(bySlot, unmatched, outline);
    }

    /**
     * Every heading that matches the slot at all, best first (by the same order the assignment uses),
     * table-of-contents headings left out. For a GUI that offers alternatives.
     */
    public List<Candidate> candidates(DocumentOutline outline, Slot slot) {
        List<SynonymTable.Synonym> synonyms = new ArrayList<>(table.synonyms(slot.id()));
        String own = DocumentOutline.normalizeTitle(slot.title());
        if (!own.isEmpty()) {
            synonyms.add(new SynonymTable.Synonym(own, 1.0));
        }
        List<String> vetoes = table.vetoes(slot.id());
        List<Candidate> found = new ArrayList<>();
        for (Heading heading : outline.headings()) {
            if (heading.tableOfContents() || heading.title().isEmpty()) {
                continue;
            }
            Candidate c = score(heading, synonyms, vetoes);
            if (c != null) {
                found.add(c);
            }
        }
        found.sort(order(outline));
        return found;
    }

    private static Candidate score(Heading heading, List<SynonymTable.Synonym> synonyms, List<String> vetoes) {
        String title = heading.title();
        boolean vetoed = vetoes.stream().anyMatch(v -> indexOfWords(title, v, 0) >= 0);
        Candidate best = null;
        for (SynonymTable.Synonym s : synonyms) {
            double kind;
            if (title.equals(s.title())) {
                kind = EXACT;
            } else if (vetoed) {
                continue;
            } else if (title.startsWith(s.title()) && boundaryAt(title, s.title().length())) {
                kind = PREFIX;
            } else if (indexOfWords(title, s.title(), 1) >= 0) {
                kind = CONTAINS;
            } else {
                continue;
            }
            double score = s.weight() * kind;
            boolean exact = kind == EXACT;
            if (best == null || score > best.score() || (score == best.score() && exact && !best.exact())) {
                best = new Candidate(heading, score, exact, s.title());
            }
        }
        return best;
    }

    private static Comparator<Candidate> order(DocumentOutline outline) {
        return Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::exact, Comparator.reverseOrder())
                .thenComparing(c -> outline.isBlank(c.heading()))
                .thenComparing(c -> outline.inBlockQuote(c.heading()) || outline.inListItem(c.heading()))
                .thenComparingInt(c -> c.heading().level())
                .thenComparingInt(c -> c.heading().index());
    }

    /** Where {@code words} occurs in {@code title} at or after {@code from} bounded by non-letters/digits, or -1. */
    static int indexOfWords(String title, String words, int from) {
        if (words.isEmpty()) {
            return -1;
        }
        for (int i = title.indexOf(words, from); i >= 0; i = title.indexOf(words, i + 1)) {
            if (boundaryAt(title, i) && boundaryAt(title, i + words.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a word may start or end at {@code i}: at either end of the title or between a non-word and a word char. */
    private static boolean boundaryAt(String title, int i) {
        if (i <= 0 || i >= title.length()) {
            return true;
        }
        return !isWordChar(title.charAt(i - 1)) || !isWordChar(title.charAt(i));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The slot's text in {@code m}: see {@link #text(DocumentOutline, List)}. */
    public String text(Mapping m, String slotId) {
        return m.text(slotId);
    }

    /**
     * The bodies of {@code headings} joined with {@code "\n\n"}, each exactly as in the document
     * (a single heading: exactly {@link DocumentOutline#body(Heading)}); "" for none.
     */
    public static String text(DocumentOutline outline, List<Heading> headings) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                out.append("\n\n");
            }
            out.append(outline.body(headings.get(i)));
        }
        return out.toString();
    }
}

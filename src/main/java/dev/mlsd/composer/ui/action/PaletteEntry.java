package dev.mlsd.composer.ui.action;

import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * One line of the command palette: an action or a family's member, its name in the UI language,
 * what else a query may match (its name in the other language, its descriptions), its keys.
 */
public record PaletteEntry(String id, String name, List<String> otherNames, List<String> descriptions, String keys,
                           BooleanSupplier enabled, Runnable run) {

    /** A match of the name in the UI language outranks one in the other language, which outranks the description. */
    private static final int NAME_BONUS = 40;
    private static final int OTHER_NAME_BONUS = 20;

    public PaletteEntry {
        otherNames = List.copyOf(otherNames);
        descriptions = List.copyOf(descriptions);
    }

    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }

    /** How well {@code query} matches this entry ({@link FuzzyMatch#NONE}: not at all). */
    public int score(String query) {
        int best = plus(FuzzyMatch.score(query, name), NAME_BONUS);
        for (String other : otherNames) {
            best = Math.max(best, plus(FuzzyMatch.score(query, other), OTHER_NAME_BONUS));
        }
        for (String description : descriptions) {
            best = Math.max(best, FuzzyMatch.score(query, description));
        }
        return best;
    }

    private static int plus(int score, int bonus) {
        return score == FuzzyMatch.NONE ? score : score + bonus;
    }

    /** The entries {@code query} matches, best first (of equals, the shorter name first, then the catalogue's order); all of them, in order, for an empty query. */
    public static List<PaletteEntry> filter(List<PaletteEntry> entries, String query) {
        if (query.isBlank()) {
            return List.copyOf(entries);
        }
        int[] scores = entries.stream().mapToInt(e -> e.score(query)).toArray();
        return IntStream.range(0, entries.size()).filter(i -> scores[i] != FuzzyMatch.NONE).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -scores[i]).thenComparingInt(i -> entries.get(i).name().length())
                        .thenComparingInt(i -> i))
                .map(entries::get).toList();
    }
}

package dev.mlsd.composer.core.history;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.diff.UnifiedDiff;
import dev.mlsd.composer.core.diff.WordMarks;
import dev.mlsd.composer.core.model.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differences between two states of a project (two versions, or a version and the current
 * text): per section as lines ({@link LineDiff}, with {@link WordMarks} for the words inside a changed
 * line), as unified diffs, and the one-line summary of the history list (±words per section).
 */
public final class VersionDiff {

    /** Words added and removed in a section. */
    public record WordChange(String slot, int added, int removed) {
    }

    private VersionDiff() {
    }

    /** The slots of both sides, those of {@code before} first. */
    public static Set<String> slots(Map<String, String> before, Map<String, String> after) {
        Set<String> slots = new LinkedHashSet<>(before.keySet());
        slots.addAll(after.keySet());
        return slots;
    }

    /** Each section's inline line diff (see {@link LineDiff}); sections only one side has count as empty on the other. */
    public static Map<String, List<LineDiff.Line>> sections(Map<String, String> before, Map<String, String> after) {
        Map<String, List<LineDiff.Line>> out = new LinkedHashMap<>();
        for (String slot : slots(before, after)) {
            out.put(slot, LineDiff.diff(before.getOrDefault(slot, ""), after.getOrDefault(slot, "")));
        }
        return out;
    }

    /** The unified diffs of the sections that differ, each headed {@code a/SLOT} and {@code b/SLOT} with the side names. */
    public static String unified(String beforeName, Map<String, String> before, String afterName, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (String slot : slots(before, after)) {
            out.append(UnifiedDiff.of(beforeName + "/" + slot, afterName + "/" + slot,
                    before.getOrDefault(slot, ""), after.getOrDefault(slot, "")));
        }
        return out.toString();
    }

    /** The words each section gained and lost from {@code before} to {@code after}, for the sections that changed. */
    public static List<WordChange> summary(Map<String, String> before, Map<String, String> after) {
        return slots(before, after).stream()
                .filter(slot -> !before.getOrDefault(slot, "").equals(after.getOrDefault(slot, "")))
                .map(slot -> {
                    int[] counts = WordMarks.wordCounts(before.getOrDefault(slot, ""), after.getOrDefault(slot, ""));
                    return new WordChange(slot, counts[0], counts[1]);
                }).toList();
    }

    /** The summary line of {@code version} against the one before it: "problem +12 −3, data +1", or "first version". */
    public static String summaryLine(Version previous, Version version) {
        if (previous == null) {
            return "first version";
        }
        List<WordChange> changes = summary(previous.sections(), version.sections());
        if (changes.isEmpty()) {
            return previous.templateSource().equals(version.templateSource()) ? "no change" : "template changed";
        }
        StringBuilder line = new StringBuilder();
        for (WordChange change : changes) {
            if (!line.isEmpty()) {
                line.append(", ");
            }
            line.append(change.slot()).append(" +").append(change.added()).append(" \u2212").append(change.removed());
        }
        return line.toString();
    }
}

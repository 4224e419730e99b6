package dev.mlsd.composer.core.diff;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A line-by-line difference between two texts, for showing what changed; java-diff-utils finds it
 * ({@link LinePatch}), this class gives it the shape the views show.
 *
 * <p><b>Lines.</b> Texts use {@code \n} line breaks and are cut as {@link TextLines} says: {@code ""}
 * is no line, {@code "a\n"} is {@code "a"} and an empty last line, {@code "\n"} is two empty lines.
 * So a text that differs only in a trailing line break shows one empty last line removed or added:
 * {@code diff("a\n", "a")} is {@code [SAME "a", REMOVED ""]}.
 *
 * <p><b>Result.</b> The diff lists every line of both texts once, in order: SAME lines belong to
 * both, REMOVED lines only to {@code before}, ADDED lines only to {@code after}. Between two SAME
 * lines all REMOVED lines come before all ADDED lines. The number of SAME lines is as large as
 * possible (a longest common subsequence of lines), unless the texts differ too much: beyond
 * {@link #MAX_EDITS} REMOVED plus ADDED lines, the whole differing middle (after the common first
 * and last lines) is shown as REMOVED followed by ADDED, so a huge unrelated pair of texts cannot
 * stall the caller.
 */
public final class LineDiff {

    /** The most REMOVED plus ADDED lines the search looks for (see the class comment). */
    public static final int MAX_EDITS = 4_000;

    public enum Kind { SAME, REMOVED, ADDED }

    /** One line of the inline diff: its kind and its text (without the line break). */
    public record Line(Kind kind, String text) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private LineDiff() {
    }

    /**
     * The inline diff turning {@code before} into {@code after}: every line of both, in order,
     * REMOVED lines before the ADDED lines that replace them. Returns an unmodifiable list.
     *
     * @throws NullPointerException if either text is null
     */
    public static List<Line> diff(String before, String after) {
        return diff(before, after, MAX_EDITS);
    }

    /** As {@link #diff(String, String)}, with the given bound instead of {@link #MAX_EDITS} (for tests). */
    static List<Line> diff(String before, String after, int maxEdits) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return lines(LinePatch.between(before, after, maxEdits));
    }

    /** True when the diff holds any REMOVED or ADDED line. */
    public static boolean differs(List<Line> diff) {
        for (Line line : diff) {
            if (line.kind() != Kind.SAME) {
                return true;
            }
        }
        return false;
    }

    /** Every line of both sides: the unchanged ones between the patch's changes, each change as removed then added. */
    private static List<Line> lines(LinePatch patch) {
        List<String> before = patch.before();
        List<Line> out = new ArrayList<>(before.size() + patch.after().size());
        int next = 0;
        for (AbstractDelta<String> delta : patch.deltas()) {
            int start = delta.getSource().getPosition();
            add(out, Kind.SAME, before.subList(next, start));
            add(out, Kind.REMOVED, delta.getSource().getLines());
            add(out, Kind.ADDED, delta.getTarget().getLines());
            next = start + delta.getSource().size();
        }
        add(out, Kind.SAME, before.subList(next, before.size()));
        return Collections.unmodifiableList(out);
    }

    private static void add(List<Line> out, Kind kind, List<String> texts) {
        for (String text : texts) {
            out.add(new Line(kind, text));
        }
    }
}

package dev.mlsd.composer.core.diff;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text stored as its line changes against an earlier text (how a project's history stays small):
 * the edits come from {@link LinePatch}, lines are cut as {@link TextLines} cuts them, so applying the
 * edits to the earlier text gives the later one back exactly.
 */
public final class LineDelta {

    /** Replace {@code remove} lines of the earlier text starting at line {@code at} (0-based) by {@code insert}. */
    public record Edit(int at, int remove, List<String> insert) {
        public Edit {
            if (at < 0 || remove < 0) {
                throw new IllegalArgumentException("bad edit: at " + at + ", remove " + remove);
            }
            insert = List.copyOf(insert);
        }

        /** Roughly what the edit costs to store, in characters. */
        int weight() {
            return 24 + insert.stream().mapToInt(line -> line.length() + 4).sum();
        }
    }

    private LineDelta() {
    }

    /** The edits turning {@code before} into {@code after}, in order of position; none when they are equal. */
    public static List<Edit> between(String before, String after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>();
        for (AbstractDelta<String> delta : LinePatch.between(before, after, LineDiff.MAX_EDITS).deltas()) {
            edits.add(new Edit(delta.getSource().getPosition(), delta.getSource().size(), delta.getTarget().getLines()));
        }
        return edits;
    }

    /** The characters the edits take to store, roughly; compare with a full copy's length. */
    public static int weight(List<Edit> edits) {
        return edits.stream().mapToInt(Edit::weight).sum();
    }

    /**
     * {@code before} with the edits applied.
     *
     * @throws IllegalArgumentException when the edits do not fit the text (out of order or past its end)
     */
    public static String apply(String before, List<Edit> edits) {
        if (edits.isEmpty()) {
            return before;
        }
        int[] starts = lineStarts(before);
        int lines = starts.length;
        StringBuilder out = new StringBuilder(before.length() + 64);
        boolean first = true;
        int next = 0;
        for (Edit edit : edits) {
            if (edit.at() < next || edit.at() + edit.remove() > lines) {
                throw new IllegalArgumentException("an edit at line " + (edit.at() + 1) + " does not fit a text of "
                        + lines + " lines");
            }
            first = appendLines(out, first, before, starts, next, edit.at());
            for (String line : edit.insert()) {
                first = append(out, first, line, 0, line.length());
            }
            next = edit.at() + edit.remove();
        }
        appendLines(out, first, before, starts, next, lines);
        return out.toString();
    }

    /** Where each line of {@code text} starts, the lines cut as {@link TextLines} cuts them (without a list of copies). */
    private static int[] lineStarts(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    /** Appends lines {@code [from, to)} of {@code text} as one piece of the joined result. */
    private static boolean appendLines(StringBuilder out, boolean first, String text, int[] starts, int from, int to) {
        if (from >= to) {
            return first;
        }
        int end = to < starts.length ? starts[to] - 1 : text.length();
        return append(out, first, text, starts[from], end);
    }

    /** Appends a piece, a line break before it unless it is the first: the result is the lines joined by {@code \n}. */
    private static boolean append(StringBuilder out, boolean first, String text, int start, int end) {
        if (!first) {
            out.append('\n');
        }
        out.append(text, start, end);
        return false;
    }
}

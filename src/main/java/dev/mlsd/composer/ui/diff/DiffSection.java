package dev.mlsd.composer.ui.diff;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.diff.WordMarks;
import java.util.ArrayList;
import java.util.List;

/**
 * One titled part of a difference as {@link TextDiffView} shows it: every line of both sides, and
 * inside each changed line the words that changed. Made off the FX thread for long texts (it diffs them).
 */
public record DiffSection(String title, List<Line> lines) {

    /** A line of the diff; {@code marks} are the changed words' ranges in {@code text} (empty for unchanged lines). */
    public record Line(LineDiff.Kind kind, String text, List<WordMarks.Range> marks) {
        public Line {
            marks = List.copyOf(marks);
        }
    }

    public DiffSection {
        lines = List.copyOf(lines);
    }

    /** The difference from {@code before} to {@code after}, under {@code title}. */
    public static DiffSection between(String title, String before, String after) {
        return of(title, LineDiff.diff(before, after));
    }

    /**
     * {@code lines} under {@code title}, with word marks: in each run of removed lines followed by added
     * ones, the i-th removed line is compared with the i-th added line; a line without a partner has no
     * marks (its colour says it all).
     */
    public static DiffSection of(String title, List<LineDiff.Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == LineDiff.Kind.SAME) {
                out.add(new Line(LineDiff.Kind.SAME, lines.get(i).text(), List.of()));
                i++;
                continue;
            }
            int removedEnd = run(lines, i, LineDiff.Kind.REMOVED);
            int addedEnd = run(lines, removedEnd, LineDiff.Kind.ADDED);
            List<WordMarks.Marks> pairs = new ArrayList<>();
            for (int k = 0; k < Math.min(removedEnd - i, addedEnd - removedEnd); k++) {
                pairs.add(WordMarks.between(lines.get(i + k).text(), lines.get(removedEnd + k).text()));
            }
            for (int k = i; k < removedEnd; k++) {
                out.add(changed(lines.get(k), k - i < pairs.size() ? pairs.get(k - i).removed() : null));
            }
            for (int k = removedEnd; k < addedEnd; k++) {
                out.add(changed(lines.get(k), k - removedEnd < pairs.size() ? pairs.get(k - removedEnd).added() : null));
            }
            i = addedEnd;
        }
        return new DiffSection(title, out);
    }

    /** True when some line was removed or added. */
    public boolean differs() {
        return lines.stream().anyMatch(line -> line.kind() != LineDiff.Kind.SAME);
    }

    private static Line changed(LineDiff.Line line, List<WordMarks.Range> marks) {
        return new Line(line.kind(), line.text(), marks == null ? List.of() : marks);
    }

    private static int run(List<LineDiff.Line> lines, int from, LineDiff.Kind kind) {
        int end = from;
        while (end < lines.size() && lines.get(end).kind() == kind) {
            end++;
        }
        return end;
    }
}

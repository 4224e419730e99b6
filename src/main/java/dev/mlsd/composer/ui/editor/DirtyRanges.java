package dev.mlsd.composer.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a text still to be spell-checked, as sorted, disjoint ranges that follow the text
 * through its edits (an edit's own range is added by the caller).
 */
final class DirtyRanges {

    private final List<int[]> ranges = new ArrayList<>();

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    void clear() {
        ranges.clear();
    }

    /** Marks {@code [start, end)} as to be checked. */
    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        int[] merged = {start, end};
        List<int[]> kept = new ArrayList<>(ranges.size() + 1);
        for (int[] r : ranges) {
            if (r[1] < merged[0] || r[0] > merged[1]) {
                kept.add(r);
            } else {
                merged[0] = Math.min(merged[0], r[0]);
                merged[1] = Math.max(merged[1], r[1]);
            }
        }
        kept.add(merged);
        kept.sort((a, b) -> Integer.compare(a[0], b[0]));
        ranges.clear();
        ranges.addAll(kept);
    }

    /** Marks {@code [start, end)} as checked. */
    void remove(int start, int end) {
        List<int[]> kept = new ArrayList<>(ranges.size() + 1);
        for (int[] r : ranges) {
            if (r[1] <= start || r[0] >= end) {
                kept.add(r);
                continue;
            }
            if (r[0] < start) {
                kept.add(new int[] {r[0], start});
            }
            if (r[1] > end) {
                kept.add(new int[] {end, r[1]});
            }
        }
        ranges.clear();
        ranges.addAll(kept);
    }

    /** Moves the ranges as the text moves when {@code removed} characters at {@code position} become {@code inserted}. */
    void shift(int position, int removed, int inserted) {
        for (int[] r : ranges) {
            r[0] = moved(r[0], position, removed, inserted);
            r[1] = moved(r[1], position, removed, inserted);
        }
        ranges.removeIf(r -> r[1] <= r[0]);
    }

    /** The first range that overlaps {@code [from, to)}, cut to it, else the first range; null when none is left. */
    int[] next(int from, int to) {
        for (int[] r : ranges) {
            if (r[0] < to && r[1] > from) {
                return new int[] {Math.max(r[0], from), Math.min(r[1], to)};
            }
        }
        return ranges.isEmpty() ? null : ranges.get(0).clone();
    }

    private static int moved(int offset, int position, int removed, int inserted) {
        if (offset <= position) {
            return offset;
        }
        if (offset >= position + removed) {
            return offset - removed + inserted;
        }
        return position + inserted;
    }
}

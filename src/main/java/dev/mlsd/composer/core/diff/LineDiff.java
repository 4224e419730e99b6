package dev.mlsd.composer.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A line-by-line difference between two texts (Myers' algorithm), for showing what changed.
 *
 * <p><b>Lines.</b> Texts use {@code \n} line breaks. A text is cut at every {@code \n}, as by
 * {@code split("\n", -1)}, except that the empty text has no lines at all:
 * <ul>
 *   <li>{@code ""} is no line;</li>
 *   <li>{@code "a"} is the one line {@code "a"};</li>
 *   <li>{@code "a\n"} is the two lines {@code "a"} and {@code ""} (the empty line after the final break);</li>
 *   <li>{@code "\n"} is two empty lines.</li>
 * </ul>
 * So a text that differs only in a trailing line break shows one empty last line removed or added:
 * {@code diff("a\n", "a")} is {@code [SAME "a", REMOVED ""]}, and {@code diff("", "\n")} is two
 * ADDED empty lines. Joining the lines of one side with {@code "\n"} gives that text back exactly.
 *
 * <p><b>Result.</b> The diff lists every line of both texts once, in order: SAME lines belong to
 * both, REMOVED lines only to {@code before}, ADDED lines only to {@code after}. Between two SAME
 * lines all REMOVED lines come before all ADDED lines. The number of SAME lines is as large as
 * possible (a longest common subsequence of lines), unless the texts differ too much (below).
 *
 * <p><b>Cost.</b> The common first and last lines are matched first; the rest is compared with
 * Myers' linear-space divide-and-conquer algorithm, in O((N+M)·D) time and O(N+M) memory, where
 * D is the number of REMOVED plus ADDED lines. If, after the common first and last lines,
 * D would exceed {@link #MAX_EDITS}, the search stops early and the whole differing middle is
 * shown as REMOVED (all of it from {@code before}) followed by ADDED (all of it from {@code after}).
 */
public final class LineDiff {

    /**
     * The most REMOVED plus ADDED lines the search looks for; beyond that the differing middle of
     * the texts is shown as wholly removed and wholly added. Even, so the bound is exact.
     */
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
     * REMOVED lines before the ADDED lines that replace them. See the class comment for how texts
     * are cut into lines and for the bound on the search. Returns an unmodifiable list.
     *
     * @throws NullPointerException if either text is null
     */
    public static List<Line> diff(String before, String after) {
        return diff(before, after, MAX_EDITS);
    }

    /**
     * As {@link #diff(String, String)}, with the given bound instead of {@link #MAX_EDITS} (for
     * tests); an odd bound acts as the next even number.
     */
    static List<Line> diff(String before, String after, int maxEdits) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (maxEdits < 0) {
            throw new IllegalArgumentException("maxEdits < 0: " + maxEdits);
        }
        String[] a = lines(before);
        String[] b = lines(after);
        List<Line> out = new ArrayList<>(a.length + b.length);

        int n = a.length;
        int m = b.length;
        int prefix = 0;
        while (prefix < n && prefix < m && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix].equals(b[m - 1 - suffix])) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Kind.SAME, a[i]));
        }
        int aEnd = n - suffix;
        int bEnd = m - suffix;
        if (prefix < aEnd && prefix < bEnd) {
            new Myers(a, prefix, aEnd, b, prefix, bEnd, maxEdits, out).run();
        } else {
            for (int i = prefix; i < aEnd; i++) {
                out.add(new Line(Kind.REMOVED, a[i]));
            }
            for (int j = prefix; j < bEnd; j++) {
                out.add(new Line(Kind.ADDED, b[j]));
            }
        }
        for (int i = aEnd; i < n; i++) {
            out.add(new Line(Kind.SAME, a[i]));
        }
        return Collections.unmodifiableList(removalsFirst(out));
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

    /** The lines of a text: {@code split("\n", -1)}, but no line at all for the empty text. */
    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.split("\n", -1);
    }

    /** Within every run of changed lines, puts the REMOVED lines before the ADDED ones, each kept in order. */
    private static List<Line> removalsFirst(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        List<Line> added = new ArrayList<>();
        for (Line line : lines) {
            switch (line.kind()) {
                case SAME -> {
                    out.addAll(added);
                    added.clear();
                    out.add(line);
                }
                case REMOVED -> out.add(line);
                case ADDED -> added.add(line);
            }
        }
        out.addAll(added);
        return out;
    }

    /**
     * Myers' bisection ("middle snake") search over lines interned to ints, splitting the problem
     * at a point of a shortest edit path and recursing on both halves. Only the first (whole)
     * search is bounded: the halves of a split need fewer edits than the whole.
     */
    private static final class Myers {
        private final String[] a;
        private final String[] b;
        private final int[] ia;
        private final int[] ib;
        private final int aBase;
        private final int bBase;
        private final int maxEdits;
        private final List<Line> out;

        Myers(String[] a, int aLo, int aHi, String[] b, int bLo, int bHi, int maxEdits, List<Line> out) {
            this.a = a;
            this.b = b;
            this.aBase = aLo;
            this.bBase = bLo;
            this.maxEdits = maxEdits;
            this.out = out;
            Map<String, Integer> ids = new HashMap<>();
            this.ia = new int[aHi - aLo];
            this.ib = new int[bHi - bLo];
            for (int i = 0; i < ia.length; i++) {
                ia[i] = ids.computeIfAbsent(a[aLo + i], k -> ids.size());
            }
            for (int j = 0; j < ib.length; j++) {
                ib[j] = ids.computeIfAbsent(b[bLo + j], k -> ids.size());
            }
        }

        void run() {
            // The caller has already matched the common first and last lines, and both sides are non-empty.
            int[] split = bisect(0, ia.length, 0, ib.length, (maxEdits + 1) / 2);
            if (split == null) {
                emitReplaced(0, ia.length, 0, ib.length);
            } else {
                diffRange(0, split[0], 0, split[1]);
                diffRange(split[0], ia.length, split[1], ib.length);
            }
        }

        /** Appends the diff of {@code ia[aLo, aHi)} against {@code ib[bLo, bHi)}. */
        private void diffRange(int aLo, int aHi, int bLo, int bHi) {
            while (aLo < aHi && bLo < bHi && ia[aLo] == ib[bLo]) {
                out.add(new Line(Kind.SAME, a[aBase + aLo]));
                aLo++;
                bLo++;
            }
            int suffix = 0;
            while (aLo < aHi - suffix && bLo < bHi - suffix && ia[aHi - 1 - suffix] == ib[bHi - 1 - suffix]) {
                suffix++;
            }
            aHi -= suffix;
            bHi -= suffix;
            if (aLo == aHi || bLo == bHi) {
                emitReplaced(aLo, aHi, bLo, bHi);
            } else {
                int[] split = bisect(aLo, aHi, bLo, bHi, Integer.MAX_VALUE);
                if (split == null) {
                    emitReplaced(aLo, aHi, bLo, bHi);
                } else {
                    diffRange(aLo, split[0], bLo, split[1]);
                    diffRange(split[0], aHi, split[1], bHi);
                }
            }
            for (int i = aHi; i < aHi + suffix; i++) {
                out.add(new Line(Kind.SAME, a[aBase + i]));
            }
        }

        private void emitReplaced(int aLo, int aHi, int bLo, int bHi) {
            for (int i = aLo; i < aHi; i++) {
                out.add(new Line(Kind.REMOVED, a[aBase + i]));
            }
            for (int j = bLo; j < bHi; j++) {
                out.add(new Line(Kind.ADDED, b[bBase + j]));
            }
        }

        /**
         * Finds a point {x, y} (absolute indices into ia, ib) on a shortest edit path through the
         * range, by walking D-paths from both corners until they overlap. Returns null when the
         * range has no common line, or when the path would need more than {@code 2 * maxHalf}
         * edits. Expects both sides non-empty and no common first or last element.
         */
        private int[] bisect(int aLo, int aHi, int bLo, int bHi, int maxHalf) {
            int n = aHi - aLo;
            int m = bHi - bLo;
            int maxD = (n + m + 1) / 2;
            int offset = maxD + 1;
            int vLength = 2 * maxD + 2;
            int[] v1 = new int[vLength];
            int[] v2 = new int[vLength];
            Arrays.fill(v1, -1);
            Arrays.fill(v2, -1);
            v1[offset + 1] = 0;
            v2[offset + 1] = 0;
            int delta = n - m;
            // With an odd total the forward path meets the reverse one, with an even total the reverse meets the forward.
            boolean front = (delta & 1) != 0;
            // Diagonals to skip at either end of the k loops, once their paths have left the grid.
            int k1start = 0;
            int k1end = 0;
            int k2start = 0;
            int k2end = 0;
            int dLast = Math.min(maxD - 1, maxHalf);
            for (int d = 0; d <= dLast; d++) {
                for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                    int k1Offset = offset + k1;
                    int x1;
                    if (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1])) {
                        x1 = v1[k1Offset + 1];
                    } else {
                        x1 = v1[k1Offset - 1] + 1;
                    }
                    int y1 = x1 - k1;
                    while (x1 < n && y1 < m && ia[aLo + x1] == ib[bLo + y1]) {
                        x1++;
                        y1++;
                    }
                    v1[k1Offset] = x1;
                    if (x1 > n) {
                        k1end += 2;
                    } else if (y1 > m) {
                        k1start += 2;
                    } else if (front) {
                        int k2Offset = offset + delta - k1;
                        if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1) {
                            int x2 = n - v2[k2Offset];
                            if (x1 >= x2) {
                                return new int[] {aLo + x1, bLo + y1};
                            }
                        }
                    }
                }
                for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                    int k2Offset = offset + k2;
                    int x2;
                    if (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1])) {
                        x2 = v2[k2Offset + 1];
                    } else {
                        x2 = v2[k2Offset - 1] + 1;
                    }
                    int y2 = x2 - k2;
                    while (x2 < n && y2 < m && ia[aHi - 1 - x2] == ib[bHi - 1 - y2]) {
                        x2++;
                        y2++;
                    }
                    v2[k2Offset] = x2;
                    if (x2 > n) {
                        k2end += 2;
                    } else if (y2 > m) {
                        k2start += 2;
                    } else if (!front) {
                        int k1Offset = offset + delta - k2;
                        if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1) {
                            int x1 = v1[k1Offset];
                            int y1 = offset + x1 - k1Offset;
                            if (x1 >= n - x2) {
                                return new int[] {aLo + x1, bLo + y1};
                            }
                        }
                    }
                }
            }
            return null;
        }
    }
}

package dev.mlsd.composer.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of two texts and java-diff-utils' patch between them: a shortest one (Myers), unless it
 * would take more than a given number of removed plus added lines.
 *
 * <p>It keeps the library's {@link Patch} rather than our own lines because the library's other tools
 * start from one: {@code UnifiedDiffUtils.generateUnifiedDiff(…, before(), patch(), context)} writes
 * a unified diff and {@code DiffRowGenerator.generateDiffRows(before(), patch())} marks the changed
 * words inside changed lines.
 */
final class LinePatch {

    private final List<String> before;
    private final List<String> after;
    private final Patch<String> patch;

    private LinePatch(List<String> before, List<String> after, Patch<String> patch) {
        this.before = before;
        this.after = after;
        this.patch = patch;
    }

    /**
     * The patch turning {@code before} into {@code after}, cut into lines by {@link TextLines}. When
     * it would need more than {@code maxEdits} removed plus added lines, the search stops and the
     * whole differing middle (between the common first and last lines) is one change.
     */
    static LinePatch between(String before, String after, int maxEdits) {
        if (maxEdits < 0) {
            throw new IllegalArgumentException("maxEdits < 0: " + maxEdits);
        }
        List<String> a = TextLines.of(before);
        List<String> b = TextLines.of(after);
        Patch<String> patch;
        if (unmatchedLines(a, b) > maxEdits) {
            patch = middleReplaced(a, b);
        } else {
            try {
                patch = DiffUtils.diff(a, b, new MyersDiff<>(), new EditBound(maxEdits));
            } catch (EditBound.Exceeded e) {
                patch = middleReplaced(a, b);
            }
        }
        return new LinePatch(a, b, patch);
    }

    /**
     * How many lines of one side can have no equal line on the other, whatever the alignment: a lower
     * bound of the removed plus added lines, found in linear time. Above the bound it spares the search,
     * which would take longest on just those texts (a section rewritten from scratch).
     */
    private static int unmatchedLines(List<String> a, List<String> b) {
        Map<String, Integer> balance = new HashMap<>();
        for (String line : a) {
            balance.merge(line, 1, Integer::sum);
        }
        for (String line : b) {
            balance.merge(line, -1, Integer::sum);
        }
        int unmatched = 0;
        for (int count : balance.values()) {
            unmatched += Math.abs(count);
        }
        return unmatched;
    }

    List<String> before() {
        return before;
    }

    List<String> after() {
        return after;
    }

    /** The changes, ordered by their position in {@link #before()}; unchanged lines are not in it. */
    List<AbstractDelta<String>> deltas() {
        return patch.getDeltas();
    }

    Patch<String> patch() {
        return patch;
    }

    private static Patch<String> middleReplaced(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        Patch<String> patch = new Patch<>();
        patch.addDelta(new ChangeDelta<>(
                new Chunk<>(prefix, a.subList(prefix, a.size() - suffix)),
                new Chunk<>(prefix, b.subList(prefix, b.size() - suffix))));
        return patch;
    }

    /**
     * Stops the search once it has looked at every path of {@code maxEdits} edits without reaching the
     * end: {@link MyersDiff} reports each new edit count to its listener, the only hook the library
     * gives into its loop, so the listener ends the search by throwing.
     */
    private record EditBound(int maxEdits) implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int edits, int most) {
            if (edits > maxEdits) {
                throw new Exceeded();
            }
        }

        @Override
        public void diffEnd() {
        }

        private static final class Exceeded extends RuntimeException {
            Exceeded() {
                super(null, null, false, false);
            }
        }
    }
}

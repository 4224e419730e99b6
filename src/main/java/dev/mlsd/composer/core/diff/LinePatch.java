package dev.mlsd.composer.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

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
        SharedLines shared = new SharedLines(a, b);
        int budget = maxEdits - shared.leftOut();
        Patch<String> patch = budget < 0 ? null : search(shared, budget);
        return new LinePatch(a, b, patch != null ? patch : middleReplaced(a, b));
    }

    /** The shortest patch, or {@code null} when it would need more than {@code budget} edits of the shared lines. */
    private static Patch<String> search(SharedLines shared, int budget) {
        try {
            return shared.expand(DiffUtils.diff(shared.before(), shared.after(), new MyersDiff<>(), new EditBound(budget)));
        } catch (EditBound.Exceeded e) {
            return null;
        }
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
        patch.addDelta(SharedLines.change(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix));
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

package dev.mlsd.composer.core.diff;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two sides of a diff without the lines only one of them has. Such a line can never be unchanged, so
 * the search may run on the rest (GNU diff does the same) and still find a shortest diff: its edits
 * are the search's plus the lines left out. When many lines were edited, this is most of the search
 * saved (4,000 lines with every other one changed leave nothing to search).
 */
final class SharedLines {

    private final List<String> before;
    private final List<String> after;
    private final List<String> sharedBefore = new ArrayList<>();
    private final List<String> sharedAfter = new ArrayList<>();
    private final int[] beforePositions;
    private final int[] afterPositions;

    SharedLines(List<String> before, List<String> after) {
        this.before = before;
        this.after = after;
        this.beforePositions = keep(before, new HashSet<>(after), sharedBefore);
        this.afterPositions = keep(after, new HashSet<>(before), sharedAfter);
    }

    /** The lines of {@code before} that {@code after} has too, in order. */
    List<String> before() {
        return sharedBefore;
    }

    /** The lines of {@code after} that {@code before} has too, in order. */
    List<String> after() {
        return sharedAfter;
    }

    /** How many lines were left out: each is a removed or an added line in any diff of the two sides. */
    int leftOut() {
        return before.size() - sharedBefore.size() + after.size() - sharedAfter.size();
    }

    /** The patch of the whole sides whose unchanged lines are those {@code shared} (a patch of the shared lines) keeps. */
    Patch<String> expand(Patch<String> shared) {
        Patch<String> whole = new Patch<>();
        int i = 0;
        int j = 0;
        int nextBefore = 0;
        int nextAfter = 0;
        for (AbstractDelta<String> delta : shared.getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                addChange(whole, nextBefore, beforePositions[i], nextAfter, afterPositions[j]);
                nextBefore = beforePositions[i] + 1;
                nextAfter = afterPositions[j] + 1;
            }
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        for (; i < sharedBefore.size(); i++, j++) {
            addChange(whole, nextBefore, beforePositions[i], nextAfter, afterPositions[j]);
            nextBefore = beforePositions[i] + 1;
            nextAfter = afterPositions[j] + 1;
        }
        addChange(whole, nextBefore, before.size(), nextAfter, after.size());
        return whole;
    }

    /** Adds the change of {@code before[fromBefore, toBefore)} into {@code after[fromAfter, toAfter)}, unless both are empty. */
    private void addChange(Patch<String> patch, int fromBefore, int toBefore, int fromAfter, int toAfter) {
        if (fromBefore < toBefore || fromAfter < toAfter) {
            patch.addDelta(change(before, fromBefore, toBefore, after, fromAfter, toAfter));
        }
    }

    /** The delta replacing {@code before[fromBefore, toBefore)} by {@code after[fromAfter, toAfter)}, typed as the library types it. */
    static AbstractDelta<String> change(List<String> before, int fromBefore, int toBefore,
            List<String> after, int fromAfter, int toAfter) {
        Chunk<String> source = new Chunk<>(fromBefore, before.subList(fromBefore, toBefore));
        Chunk<String> target = new Chunk<>(fromAfter, after.subList(fromAfter, toAfter));
        if (fromBefore == toBefore) {
            return new InsertDelta<>(source, target);
        }
        return fromAfter == toAfter ? new DeleteDelta<>(source, target) : new ChangeDelta<>(source, target);
    }

    private static int[] keep(List<String> side, Set<String> other, List<String> kept) {
        int[] positions = new int[side.size()];
        for (int i = 0; i < side.size(); i++) {
            if (other.contains(side.get(i))) {
                positions[kept.size()] = i;
                kept.add(side.get(i));
            }
        }
        return positions;
    }
}

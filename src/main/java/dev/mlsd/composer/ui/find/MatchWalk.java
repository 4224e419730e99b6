package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.List;
import java.util.function.Supplier;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Where the find bar is among the matches of the last search: the next or previous one from the
 * current match, or from the caret when none is current yet, across sections and on into the
 * preview; and the "3 of 17" it says.
 */
final class MatchWalk {

    private final FindTargets targets;
    private final Supplier<GenericStyledArea<?, ?, ?>> focused;
    private Found found;
    private int current = -1;

    /** {@code focused}: the text area that has, or last had, the focus (where "from the caret" starts). */
    MatchWalk(FindTargets targets, Supplier<GenericStyledArea<?, ?, ?>> focused) {
        this.targets = targets;
        this.focused = focused;
    }

    /** Starts over with {@code result} (null: nothing searched), with no match current. */
    void reset(Found result) {
        found = result;
        current = -1;
    }

    Found found() {
        return found;
    }

    /** The current match, or null when none is. */
    Found.Hit current() {
        return found == null || current < 0 || current >= found.hits().size() ? null : found.hits().get(current);
    }

    /** Selects the next ({@code delta} 1) or previous (-1) match, if there is any. */
    void step(int delta) {
        if (found == null || found.hits().isEmpty()) {
            return;
        }
        List<Found.Hit> hits = found.hits();
        current = current < 0 ? firstFromCaret(delta) : Math.floorMod(current + delta, hits.size());
        targets.select(found.snapshot(), hits.get(current));
    }

    /** "3 of 17", "17 matches", "No matches", or nothing before anything was typed. */
    String status(Messages messages, String needle) {
        if (found == null || found.hits().isEmpty()) {
            return needle.isEmpty() ? "" : messages.get("find.none");
        }
        int total = found.hits().size();
        String key = found.truncated() ? "find.count.more" : current < 0 ? "find.count.total" : "find.count";
        return current < 0 && !found.truncated() ? messages.get(key, total) : messages.get(key, current + 1, total);
    }

    private int firstFromCaret(int delta) {
        List<Found.Hit> hits = found.hits();
        int[] caret = targets.caret(found.snapshot(), focused.get(), delta > 0);
        int section = caret[0];
        int at = caret[1];
        for (int k = 0; k < hits.size(); k++) {
            int index = delta > 0 ? k : hits.size() - 1 - k;
            Found.Hit hit = hits.get(index);
            boolean after = hit.section() > section || hit.section() == section && hit.match().start() >= at;
            boolean before = hit.section() < section || hit.section() == section && hit.match().end() <= at;
            if (delta > 0 ? after : before) {
                return index;
            }
        }
        return delta > 0 ? 0 : hits.size() - 1;
    }
}

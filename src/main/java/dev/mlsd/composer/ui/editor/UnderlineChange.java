package dev.mlsd.composer.ui.editor;

import java.util.Collection;
import java.util.Iterator;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Where two stylings of the same text differ: the least range an area must restyle to go from one to the other. */
final class UnderlineChange {

    private UnderlineChange() {
    }

    /**
     * {@code [from, to)}, relative to the spans' start, covering every position whose style classes
     * differ between {@code now} and {@code wanted} (as sets: order does not matter); null when none does.
     */
    static int[] between(StyleSpans<Collection<String>> now, StyleSpans<Collection<String>> wanted) {
        int length = Math.min(now.length(), wanted.length());
        Iterator<StyleSpan<Collection<String>>> a = now.iterator();
        Iterator<StyleSpan<Collection<String>>> b = wanted.iterator();
        StyleSpan<Collection<String>> spanA = null;
        StyleSpan<Collection<String>> spanB = null;
        int endA = 0;
        int endB = 0;
        int at = 0;
        int first = -1;
        int last = -1;
        while (at < length) {
            while (endA <= at && a.hasNext()) {
                spanA = a.next();
                endA += spanA.getLength();
            }
            while (endB <= at && b.hasNext()) {
                spanB = b.next();
                endB += spanB.getLength();
            }
            int next = Math.min(Math.min(endA, endB), length);
            if (next <= at) {
                break;
            }
            if (!sameClasses(spanA.getStyle(), spanB.getStyle())) {
                if (first < 0) {
                    first = at;
                }
                last = next;
            }
            at = next;
        }
        if (now.length() != wanted.length()) {
            return new int[] {0, wanted.length()};
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static boolean sameClasses(Collection<String> a, Collection<String> b) {
        return a.size() == b.size() && a.containsAll(b);
    }
}

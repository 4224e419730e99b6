package dev.mlsd.composer.core.io;

import dev.mlsd.composer.core.diff.LineDelta;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * One text of a history as its file keeps it: a full copy, or line edits against the same text of the
 * version before. The text is rebuilt when first asked for, from the nearest text already known, and
 * kept. Whether the edits fit is checked when the file is read, from line counts alone, so a broken
 * chain is refused at load and rebuilding cannot fail later.
 */
final class StoredText implements Supplier<String> {

    private final LazyString copy;
    private final StoredText before;
    private final List<LineDelta.Edit> edits;
    private final int lines;
    private volatile String text;

    private StoredText(LazyString copy, StoredText before, List<LineDelta.Edit> edits, int lines, String text) {
        this.copy = copy;
        this.before = before;
        this.edits = edits;
        this.lines = lines;
        this.text = text;
    }

    /** A full copy left in the file's text, its lines counted by the reader. */
    static StoredText copy(LazyString copy) {
        return new StoredText(copy, null, List.of(), copy.lines(), null);
    }

    /** A full copy already read. */
    static StoredText known(String text) {
        String normal = TextNormalizer.normalize(text);
        return new StoredText(null, null, List.of(), Lines.count(normal), normal);
    }

    /**
     * {@code before} with {@code edits} applied.
     *
     * @throws IllegalArgumentException when the edits do not fit {@code before} (out of order or past its end)
     */
    static StoredText edited(StoredText before, List<LineDelta.Edit> edits) {
        int next = 0;
        int kept = before.lines;
        int inserted = 0;
        int breaksInside = 0;
        String onlyInsert = null;
        for (LineDelta.Edit edit : edits) {
            if (edit.at() < next || edit.at() + edit.remove() > before.lines) {
                throw new IllegalArgumentException("an edit at line " + (edit.at() + 1) + " does not fit a text of "
                        + before.lines + " lines");
            }
            next = edit.at() + edit.remove();
            kept -= edit.remove();
            inserted += edit.insert().size();
            for (String line : edit.insert()) {
                breaksInside += Lines.breaks(line);
                onlyInsert = line;
            }
        }
        if (edits.isEmpty()) {
            return new StoredText(null, before, edits, before.lines, null);
        }
        int pieces = kept + inserted;
        int lines;
        if (pieces == 0) {
            lines = 0;
        } else if (pieces > 1) {
            lines = pieces + breaksInside;
        } else if (inserted == 1) {
            lines = onlyInsert.isEmpty() ? 0 : breaksInside + 1;
        } else {
            // One line of the text before is all that is left: whether it is empty (no lines) only its text can tell.
            String result = LineDelta.apply(before.get(), edits);
            return new StoredText(null, before, edits, Lines.count(result), result);
        }
        return new StoredText(null, before, edits, lines, null);
    }

    /** True when the file holds this text in full (or it was given in full). */
    boolean isFullCopy() {
        return before == null;
    }

    /** The text whose edits this one is (null for a full copy). */
    StoredText before() {
        return before;
    }

    List<LineDelta.Edit> edits() {
        return edits;
    }

    @Override
    public String get() {
        String known = text;
        if (known != null) {
            return known;
        }
        // Iteratively, from the nearest known text or full copy: a chain may be as long as a file makes it.
        Deque<StoredText> chain = new ArrayDeque<>();
        StoredText start = this;
        while (start.text == null && start.copy == null) {
            chain.push(start);
            start = start.before;
        }
        String current = start.text;
        if (current == null) {
            current = TextNormalizer.normalize(start.copy.read());
            start.text = current;
        }
        while (!chain.isEmpty()) {
            StoredText step = chain.pop();
            current = step.edits.isEmpty() ? current : LineDelta.apply(current, step.edits);
            step.text = current;
        }
        return current;
    }

    /** Line counting as {@link LineDelta} cuts lines: an empty text has none. */
    static final class Lines {

        private Lines() {
        }

        static int count(String normal) {
            return normal.isEmpty() ? 0 : breaks(normal) + 1;
        }

        static int breaks(String normal) {
            int n = 0;
            for (int i = normal.indexOf('\n'); i >= 0; i = normal.indexOf('\n', i + 1)) {
                n++;
            }
            return n;
        }

        /** The lines of {@code length} characters from {@code offset} once normalised (CR LF and a lone CR are one break). */
        static int count(char[] chars, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int breaks = 0;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (c == '\n') {
                    breaks++;
                } else if (c == '\r') {
                    breaks++;
                    if (i + 1 < end && chars[i + 1] == '\n') {
                        i++;
                    }
                }
            }
            return breaks + 1;
        }
    }
}

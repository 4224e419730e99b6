package dev.mlsd.composer.core.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a project's history comes from: a value it was given, or the part of its file after the
 * sections, read when the history is first asked for (a long history's bytes are then not read, hashed
 * or decoded to open the project). The file's root members written after the history travel with it.
 * Safe to share between threads.
 */
public final class HistorySource {

    /** The history and the unknown root members that came after it in the file. */
    public record Content(History history, UnknownFields fieldsAfter) {
        public Content {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(fieldsAfter, "fieldsAfter");
        }
    }

    private static final HistorySource EMPTY = new HistorySource(Memo.known(new Content(History.empty(), UnknownFields.none())));

    private final Memo<Content> content;

    private HistorySource(Memo<Content> content) {
        this.content = content;
    }

    /** A history already at hand. */
    public static HistorySource of(History history) {
        return history == null || history == History.empty() ? EMPTY : new HistorySource(Memo.known(new Content(history, UnknownFields.none())));
    }

    /**
     * A history read by {@code reader} on first use. The reader may throw an unchecked exception when the
     * history cannot be read; it is then asked again at the next use, so it should remember its failure.
     */
    public static HistorySource deferred(Supplier<Content> reader) {
        return new HistorySource(Memo.of(reader));
    }

    public History history() {
        return content.get().history();
    }

    /** Unknown root members that followed the history in the file (none when it was last, as this app writes it). */
    public UnknownFields fieldsAfter() {
        return content.get().fieldsAfter();
    }

    /** True when nothing is left to read. */
    public boolean isRead() {
        return content.isKnown();
    }

    @Override
    public String toString() {
        return isRead() ? "HistorySource[" + content.get().history().versions().size() + " versions]" : "HistorySource[not read yet]";
    }
}

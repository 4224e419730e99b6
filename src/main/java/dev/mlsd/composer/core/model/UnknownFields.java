package dev.mlsd.composer.core.model;

import java.util.Set;

/**
 * The fields of a project file this version does not know, kept so that they are written back
 * as they were. What they hold is the file codec's business: the model only carries them.
 */
public interface UnknownFields {

    /** No unknown fields. */
    static UnknownFields none() {
        return None.INSTANCE;
    }

    boolean isEmpty();

    /** The fields' names, in the file's order. */
    Set<String> names();

    /**
     * These fields, then {@code later} ones (read further on in the same file). The codec's own
     * fields know how to join; the default serves when either side is empty.
     */
    default UnknownFields followedBy(UnknownFields later) {
        if (later.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return later;
        }
        throw new UnsupportedOperationException("cannot join " + getClass().getName() + " and " + later.getClass().getName());
    }

    /** The value of a project that never came from a file, or whose file had nothing unknown. */
    enum None implements UnknownFields {
        INSTANCE;

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public Set<String> names() {
            return Set.of();
        }
    }
}

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

    /** These fields, then {@code later} ones (read further on in the same file); a name read twice keeps its first value. */
    UnknownFields followedBy(UnknownFields later);

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

        @Override
        public UnknownFields followedBy(UnknownFields later) {
            return later;
        }
    }
}

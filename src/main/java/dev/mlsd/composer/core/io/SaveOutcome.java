package dev.mlsd.composer.core.io;

/**
 * What {@link ProjectStore#saveUnlessChanged} did: wrote the project, or left the file alone
 * because another program changed it since the app last read or wrote it.
 */
public sealed interface SaveOutcome {

    /** The project is on disk, with the file's new stamp. */
    record Saved(ProjectStore.Stored stored) implements SaveOutcome {
    }

    /** Nothing was written: the file's content is no longer what the caller expected. */
    record ChangedOutside(FileStamp current) implements SaveOutcome {
    }
}

package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.model.Project;
import java.nio.file.Path;
import java.time.Instant;

/** The unsaved state of an open project: its file (null if never saved), when it was written, and the project. */
public record JournalEntry(Path file, Instant written, Project project) {
}

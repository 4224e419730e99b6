package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.FileStamp;
import java.nio.file.Path;

/**
 * Where the open project stands against its file, as one value: the file it belongs to (null
 * until first saved), the stamp of that file as last read or written (null when unknown), the
 * revision of the text (a number that changes with every change) and the revision on disk.
 */
public record SaveState(Path file, FileStamp stamp, long revision, long savedRevision) {

    /** A project just read from {@code file} (or never saved, when null): nothing unsaved. */
    static SaveState opened(Path file, FileStamp stamp, long after) {
        return new SaveState(file, stamp, after + 1, after + 1);
    }

    /** Whether there are changes that are not on disk. */
    public boolean dirty() {
        return revision != savedRevision;
    }

    /** This state after one more change of the text. */
    SaveState changed() {
        return new SaveState(file, stamp, revision + 1, savedRevision);
    }

    /** The text of revision {@code at} is now on disk at {@code target}, whose stamp is {@code newStamp}. */
    SaveState saved(Path target, FileStamp newStamp, long at) {
        return new SaveState(target, newStamp, revision, at);
    }

    /** The file on disk is now known as {@code current} (the user chose to keep their own text). */
    SaveState withStamp(FileStamp current) {
        return new SaveState(file, current, revision, savedRevision);
    }

    /** The unsaved changes are given up: the state counts as saved. */
    SaveState discarded() {
        return new SaveState(file, stamp, revision, revision);
    }
}

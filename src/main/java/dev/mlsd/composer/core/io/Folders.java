package dev.mlsd.composer.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Questions about folders the user's files live in. */
public final class Folders {

    private Folders() {
    }

    /** {@code folder} when it is an existing folder now; empty for null, a file, or a folder that is gone. */
    public static Optional<Path> existing(Path folder) {
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}

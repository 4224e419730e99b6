package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.io.ProjectStore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of the files dropped on the window is a project to open: the first {@code .mlsd} file. */
final class FileDrop {

    private FileDrop() {
    }

    static Optional<Path> projectFile(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(ProjectStore.EXTENSION))
                .map(File::toPath)
                .findFirst();
    }
}

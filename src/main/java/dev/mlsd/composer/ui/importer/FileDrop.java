package dev.mlsd.composer.ui.importer;

import dev.mlsd.composer.core.io.ProjectStore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of the files dropped on the window to open: the first project ({@code .mlsd}), or the first design document to import. */
public final class FileDrop {

    private FileDrop() {
    }

    /** The first Markdown or text file: a design document to import. */
    public static Optional<Path> document(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream()
                .filter(f -> {
                    String name = f.getName().toLowerCase(Locale.ROOT);
                    return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
                })
                .map(File::toPath)
                .findFirst();
    }

    /** The first project file ({@code .mlsd}). */
    public static Optional<Path> projectFile(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(ProjectStore.EXTENSION))
                .map(File::toPath)
                .findFirst();
    }
}

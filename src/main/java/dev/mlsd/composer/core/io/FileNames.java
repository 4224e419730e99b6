package dev.mlsd.composer.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** Where a file is and what it is called, as the file dialogs and writers need it. */
public final class FileNames {

    private FileNames() {
    }

    /** The folder {@code file} is in, absolute; null for no file (a dialog then opens where it likes). */
    public static Path folderOf(Path file) {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /** {@code target} with the first of {@code extensions} added, unless its name already ends with one of them (in any case). */
    public static Path withExtension(Path target, String... extensions) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension.toLowerCase(Locale.ROOT))) {
                return target;
            }
        }
        return target.resolveSibling(target.getFileName() + extensions[0]);
    }
}

package dev.mlsd.composer.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** What a file the user names is called, as the file dialogs and writers need it. */
public final class FileNames {

    private FileNames() {
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

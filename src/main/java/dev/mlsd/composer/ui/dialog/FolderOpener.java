package dev.mlsd.composer.ui.dialog;

import java.nio.file.Path;

/** Shows a folder in the system's file manager; behind an interface because tests cannot. */
public interface FolderOpener {

    void open(Path folder);
}

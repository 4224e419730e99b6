package dev.mlsd.composer.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** The native file choosers; behind an interface because tests cannot drive them. */
public interface FileDialogs {

    Optional<Path> chooseProjectToOpen(Path folder);

    Optional<Path> chooseProjectToSave(Path folder, String suggestedName);
}

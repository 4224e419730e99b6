package dev.mlsd.composer.ui.dialog;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens a folder with the system's file manager, through JavaFX's host services. */
public final class FxFolderOpener implements FolderOpener {

    private final HostServices host;

    public FxFolderOpener(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path folder) {
        host.showDocument(folder.toUri().toString());
    }
}

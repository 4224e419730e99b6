package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.importer.FileDrop;
import dev.mlsd.composer.ui.importer.ImportCommands;
import dev.mlsd.composer.ui.project.ProjectCommands;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Files dropped on the window: a project opens, else a design document is imported. */
public final class WindowDrop {

    private final ProjectCommands projects;
    private final ImportCommands imports;

    public WindowDrop(ProjectCommands projects, ImportCommands imports) {
        this.projects = projects;
        this.imports = imports;
    }

    /** Takes drops on {@code scene} (an editor takes a document dropped on it first). */
    public void install(Scene scene) {
        scene.setOnDragOver(event -> {
            List<File> dragged = event.getDragboard().getFiles();
            if (FileDrop.projectFile(dragged).isPresent() || FileDrop.document(dragged).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            event.setDropCompleted(drop(event.getDragboard().getFiles()));
            event.consume();
        });
    }

    /**
     * Opens the first project file among {@code files}, else imports the first document, after
     * the drop returns (so a question about unsaved changes does not run inside the gesture).
     */
    public boolean drop(List<File> files) {
        Optional<Path> project = FileDrop.projectFile(files);
        if (project.isPresent()) {
            Platform.runLater(() -> projects.open(project.get()));
            return true;
        }
        Optional<Path> document = FileDrop.document(files);
        document.ifPresent(file -> Platform.runLater(() -> imports.importDocument(file, null)));
        return document.isPresent();
    }
}

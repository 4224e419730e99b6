package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.io.Folders;
import dev.mlsd.composer.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native file choosers, filtered to project files. */
public final class FxFileDialogs implements FileDialogs {

    private final Messages messages;
    private final Window owner;

    public FxFileDialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        FileChooser chooser = chooser(messages.get("chooser.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(messages.get("chooser.save.title"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDocumentToImport(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.documents"), "*.md", "*.markdown", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.all"), "*"));
        startIn(chooser, folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(ExportKind kind, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(switch (kind) {
            case PROMPT -> "chooser.exportPrompt.title";
            case SECTIONS -> "chooser.exportSections.title";
            case DESIGN_DOCUMENT -> "chooser.exportDesign.title";
        }));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter.markdown"), "*.md"));
        if (kind == ExportKind.PROMPT) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter.text"), "*.txt"));
        }
        if (kind == ExportKind.DESIGN_DOCUMENT) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter.html"), "*.html"));
        }
        chooser.setInitialFileName(suggestedName);
        startIn(chooser, folder);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /**
     * JavaFX refuses an initial folder that does not exist (it checks {@code isDirectory} itself, on
     * this thread, as the native dialog then lists it), so a folder removed since is left out.
     */
    private static void startIn(FileChooser chooser, Path folder) {
        Folders.existing(folder).ifPresent(existing -> chooser.setInitialDirectory(existing.toFile()));
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.projects"), "*.mlsd"),
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.all"), "*"));
        startIn(chooser, folder);
        return chooser;
    }
}

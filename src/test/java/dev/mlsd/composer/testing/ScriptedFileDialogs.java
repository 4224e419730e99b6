package dev.mlsd.composer.testing;

import dev.mlsd.composer.ui.dialog.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** File choosers answered by the test; an empty queue means the user cancelled. */
public final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Path> toOpen = new ArrayDeque<>();
    private final Deque<Path> toSave = new ArrayDeque<>();
    public int openAsked;
    public int saveAsked;
    public String lastSuggestedName;

    public ScriptedFileDialogs open(Path file) {
        toOpen.add(file);
        return this;
    }

    public ScriptedFileDialogs saveAs(Path file) {
        toSave.add(file);
        return this;
    }

    private final Deque<Path> toImport = new ArrayDeque<>();
    private final Deque<Path> toExport = new ArrayDeque<>();
    public ExportKind lastExportKind;

    public ScriptedFileDialogs importing(Path file) {
        toImport.add(file);
        return this;
    }

    public ScriptedFileDialogs exportTo(Path file) {
        toExport.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseDocumentToImport(Path folder) {
        return Optional.ofNullable(toImport.poll());
    }

    @Override
    public Optional<Path> chooseExportTarget(ExportKind kind, Path folder, String suggestedName) {
        lastExportKind = kind;
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(toExport.poll());
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        openAsked++;
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        saveAsked++;
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(toSave.poll());
    }
}

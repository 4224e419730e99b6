package dev.mlsd.composer.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** The native file choosers; behind an interface because tests cannot drive them. */
public interface FileDialogs {

    Optional<Path> chooseProjectToOpen(Path folder);

    Optional<Path> chooseProjectToSave(Path folder, String suggestedName);

    /** A design document (Markdown or text) to import. */
    Optional<Path> chooseDocumentToImport(Path folder);

    /** Where to export: {@code kind} says what (and so which file types are offered). */
    Optional<Path> chooseExportTarget(ExportKind kind, Path folder, String suggestedName);

    /** What an export writes. */
    enum ExportKind {
        /** The assembled prompt, as .md or .txt. */
        PROMPT,
        /** Sections 1–3 as a Markdown document. */
        SECTIONS,
        /** The design document, as .md or .html. */
        DESIGN_DOCUMENT
    }
}

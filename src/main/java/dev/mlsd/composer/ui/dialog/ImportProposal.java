package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Heading;
import dev.mlsd.composer.core.model.Slot;
import java.util.List;
import java.util.Map;

/**
 * What the import dialog shows: the document's outline, the slots to fill (all of them, or the one
 * a file was dropped on) with the headings proposed for each, and whether "into this project" is offered.
 */
public record ImportProposal(String fileName, DocumentImport document, List<Slot> slots, Map<String, List<Heading>> proposed) {

    /** The user's answer: which headings go to which slot, and whether to fill this project rather than a new one. */
    public record Decision(Map<String, List<Heading>> assignment, boolean intoThisProject) {
    }
}

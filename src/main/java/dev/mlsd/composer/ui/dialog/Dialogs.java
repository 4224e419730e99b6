package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.importer.Repair;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The message dialogs the window shows; behind an interface so tests can answer them. */
public interface Dialogs {

    /** Asks whether to save the changes to the project named {@code projectName}. */
    UnsavedChoice askUnsaved(String projectName);

    /** Asks what to do when another program changed the file of a project with unsaved edits. */
    OutsideChangeChoice askOutsideChange(String projectName);

    /** Offers back unsaved work found after a crash, showing what differs from the saved file. */
    RecoveryChoice askRecovery(RecoveryOffer offer);

    /** Lets the user pick a template; {@code selectedId} is selected first. Empty when cancelled. */
    Optional<Template> chooseTemplate(String title, List<TemplateLibrary.Entry> entries, String selectedId);

    /**
     * Asks where the text of sections the new template has no slot for should go: a map from each
     * section's id to a slot of {@code to}, or no entry to keep it as detached text. Empty when cancelled.
     */
    Optional<Map<String, String>> askDestinations(Template to, List<LeftBehind> sections);

    /** A section whose text the new template has no slot for. */
    record LeftBehind(String slotId, String title, String text) {
    }

    /** Shows the differences between the project's copy of its template and the library's. */
    void showTemplateDifferences(String templateTitle, List<LineDiff.Line> lines);

    /** Asks how many tokens to keep free for the assistant's answer. Empty when cancelled. */
    Optional<Integer> askAnswerRoom(int current);

    /** Shows a proposed mojibake repair before it is applied: Repair / Keep as is. */
    RepairChoice askRepair(String fileName, Repair repair, String original);

    /** The import mapping dialog: the outline, each slot's headings (reassignable), a preview. Empty when cancelled. */
    Optional<ImportProposal.Decision> askImport(ImportProposal proposal);

    /** Asks whether to go on with {@code action} (a button of that name, or Cancel); {@code details} says why it asks. */
    boolean askToProceed(String header, String details, String action);

    /**
     * Asks for a version's label: of version {@code number}, whose label is {@code current} (null: none),
     * or, when {@code number} is null, of the version about to be saved. "" is no label; empty when cancelled.
     */
    Optional<String> askVersionLabel(Integer number, String current);

    /** Asks whether to delete version {@code number} and its {@code answers} answers for good. */
    boolean confirmDeleteVersion(int number, int answers);

    /** Tells the user something went wrong; {@code header} is one line, {@code details} the why. */
    void showError(String header, String details);

    /** Shows the About box. */
    void showAbout();
}

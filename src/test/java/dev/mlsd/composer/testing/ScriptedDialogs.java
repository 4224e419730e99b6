package dev.mlsd.composer.testing;

import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.core.importer.Repair;
import dev.mlsd.composer.ui.dialog.ImportProposal;
import dev.mlsd.composer.ui.dialog.OutsideChangeChoice;
import dev.mlsd.composer.ui.dialog.RepairChoice;
import dev.mlsd.composer.ui.dialog.RecoveryChoice;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import dev.mlsd.composer.ui.dialog.UnsavedChoice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;

/** Dialogs answered by the test: queued answers to "save changes?", and a record of what was shown. */
public final class ScriptedDialogs implements Dialogs {

    public record Error(String header, String details) {
    }

    private final Deque<UnsavedChoice> answers = new ArrayDeque<>();
    private final Deque<OutsideChangeChoice> outsideAnswers = new ArrayDeque<>();
    private final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    public final List<String> outsideAsked = new ArrayList<>();
    public final List<RecoveryOffer> recoveryOffered = new ArrayList<>();
    public final List<String> unsavedAsked = new ArrayList<>();
    public final List<Error> errors = new ArrayList<>();
    public int aboutShown;

    public ScriptedDialogs answer(UnsavedChoice choice) {
        answers.add(choice);
        return this;
    }

    public ScriptedDialogs answer(OutsideChangeChoice choice) {
        outsideAnswers.add(choice);
        return this;
    }

    public ScriptedDialogs answer(RecoveryChoice choice) {
        recoveryAnswers.add(choice);
        return this;
    }

    @Override
    public OutsideChangeChoice askOutsideChange(String projectName) {
        outsideAsked.add(projectName);
        if (outsideAnswers.isEmpty()) {
            throw new AssertionError("unexpected 'changed by another program' question for " + projectName);
        }
        return outsideAnswers.poll();
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryOffer offer) {
        recoveryOffered.add(offer);
        if (recoveryAnswers.isEmpty()) {
            throw new AssertionError("unexpected recovery offer for " + offer.projectName());
        }
        return recoveryAnswers.poll();
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        unsavedAsked.add(projectName);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected 'save changes?' question for " + projectName);
        }
        return answers.poll();
    }

    private final Deque<java.util.function.Function<List<TemplateLibrary.Entry>, Optional<Template>>> templateAnswers = new ArrayDeque<>();
    private final Deque<Optional<Map<String, String>>> destinationAnswers = new ArrayDeque<>();
    public final List<List<LeftBehind>> destinationsAsked = new ArrayList<>();
    public final List<String> templateDiffsShown = new ArrayList<>();

    /** The next template chooser picks the template {@code id}. */
    public ScriptedDialogs chooseTemplate(String id) {
        templateAnswers.add(entries -> entries.stream().map(TemplateLibrary.Entry::template).filter(t -> t.id().equals(id)).findFirst());
        return this;
    }

    /** The next "where does this text go" dialog answers {@code destinations} (empty: cancelled). */
    public ScriptedDialogs destinations(Optional<Map<String, String>> destinations) {
        destinationAnswers.add(destinations);
        return this;
    }

    @Override
    public Optional<Template> chooseTemplate(String title, List<TemplateLibrary.Entry> entries, String selectedId) {
        if (templateAnswers.isEmpty()) {
            throw new AssertionError("unexpected template chooser: " + title);
        }
        return templateAnswers.poll().apply(entries);
    }

    @Override
    public Optional<Map<String, String>> askDestinations(Template to, List<LeftBehind> sections) {
        destinationsAsked.add(sections);
        if (destinationAnswers.isEmpty()) {
            throw new AssertionError("unexpected question where text goes: " + sections);
        }
        return destinationAnswers.poll();
    }

    @Override
    public void showTemplateDifferences(String templateTitle, List<LineDiff.Line> lines) {
        templateDiffsShown.add(templateTitle);
    }

    public final java.util.Deque<Optional<Integer>> answerRooms = new ArrayDeque<>();

    @Override
    public Optional<Integer> askAnswerRoom(int current) {
        if (answerRooms.isEmpty()) {
            throw new AssertionError("unexpected question about the answer room");
        }
        return answerRooms.poll();
    }

    public final Deque<RepairChoice> repairAnswers = new ArrayDeque<>();
    public final List<Repair> repairsOffered = new ArrayList<>();
    public final Deque<java.util.function.Function<ImportProposal, Optional<ImportProposal.Decision>>> importAnswers = new ArrayDeque<>();
    public final List<ImportProposal> importsProposed = new ArrayList<>();

    @Override
    public RepairChoice askRepair(String fileName, Repair repair, String original) {
        repairsOffered.add(repair);
        if (repairAnswers.isEmpty()) {
            throw new AssertionError("unexpected repair question for " + fileName);
        }
        return repairAnswers.poll();
    }

    @Override
    public Optional<ImportProposal.Decision> askImport(ImportProposal proposal) {
        importsProposed.add(proposal);
        if (importAnswers.isEmpty()) {
            throw new AssertionError("unexpected import dialog for " + proposal.fileName());
        }
        return importAnswers.poll().apply(proposal);
    }

    /** The next import dialog accepts the proposed mapping, as a new project or into this one. */
    public ScriptedDialogs acceptImport(boolean intoThisProject) {
        importAnswers.add(p -> Optional.of(new ImportProposal.Decision(p.proposed(), intoThisProject)));
        return this;
    }

    /** What a "go on?" question asked: header, details and the action's name. */
    public record Question(String header, String details, String action) {
    }

    public final List<Question> questionsAsked = new ArrayList<>();
    /** Answers to "go on?" questions; none left means Cancel. */
    public final Deque<Boolean> proceedAnswers = new ArrayDeque<>();

    @Override
    public boolean askToProceed(String header, String details, String action) {
        questionsAsked.add(new Question(header, details, action));
        Boolean answer = proceedAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public void showError(String header, String details) {
        errors.add(new Error(header, details));
    }

    @Override
    public void showAbout() {
        aboutShown++;
    }

    private final Deque<Optional<String>> labelAnswers = new ArrayDeque<>();
    private final Deque<Boolean> deleteAnswers = new ArrayDeque<>();
    /** The versions whose label was asked for (null: a version about to be saved). */
    public final List<Integer> labelsAsked = new ArrayList<>();
    public final List<Integer> deletesAsked = new ArrayList<>();

    /** The next label question answers {@code label} (empty: cancelled). */
    public ScriptedDialogs label(Optional<String> label) {
        labelAnswers.add(label);
        return this;
    }

    /** The next "delete this version?" question answers {@code yes}. */
    public ScriptedDialogs confirmDelete(boolean yes) {
        deleteAnswers.add(yes);
        return this;
    }

    @Override
    public Optional<String> askVersionLabel(Integer number, String current) {
        labelsAsked.add(number);
        if (labelAnswers.isEmpty()) {
            throw new AssertionError("unexpected label question for version " + number);
        }
        return labelAnswers.poll();
    }

    @Override
    public boolean confirmDeleteVersion(int number, int answers) {
        deletesAsked.add(number);
        if (deleteAnswers.isEmpty()) {
            throw new AssertionError("unexpected delete question for version " + number);
        }
        return deleteAnswers.poll();
    }
}

package dev.mlsd.composer.testing;

import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.OutsideChangeChoice;
import dev.mlsd.composer.ui.dialog.RecoveryChoice;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import dev.mlsd.composer.ui.dialog.UnsavedChoice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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

    @Override
    public void showError(String header, String details) {
        errors.add(new Error(header, details));
    }

    @Override
    public void showAbout() {
        aboutShown++;
    }
}

package dev.mlsd.composer.testing;

import dev.mlsd.composer.ui.dialog.Dialogs;
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
    public final List<String> unsavedAsked = new ArrayList<>();
    public final List<Error> errors = new ArrayList<>();
    public int aboutShown;

    public ScriptedDialogs answer(UnsavedChoice choice) {
        answers.add(choice);
        return this;
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

package dev.mlsd.composer.ui.answer;

import dev.mlsd.composer.core.history.AnswerText;
import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.history.HistoryCommands;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.TextClipboard;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Paste answer, New answer, Accept and the answer editor's edits. A new answer is made off the FX
 * thread through the history's one path for work on a snapshot (when there is no version yet, the
 * current state is recorded first, which renders and counts the prompt).
 */
public final class AnswerCommands {

    private final ProjectViewModel model;
    private final HistoryCommands history;
    private final TextClipboard clipboard;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> status;
    private Consumer<String> show = id -> { };

    public AnswerCommands(ProjectViewModel model, HistoryCommands history, TextClipboard clipboard, Dialogs dialogs,
                          Messages messages, Clock clock, Consumer<String> status) {
        this.model = model;
        this.history = history;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.status = status;
    }

    /** Where a new answer is shown once it is there (the answers view, set when it is made). */
    public void showWith(Consumer<String> showAnswer) {
        show = showAnswer;
    }

    /** Takes the clipboard's text as an answer to the version the user means. */
    public void pasteAnswer() {
        Optional<String> text = clipboard.text();
        if (text.isEmpty() || text.get().isBlank()) {
            status.accept(messages.get(text.isEmpty() ? "status.answer.noText" : "status.answer.emptyText"));
            return;
        }
        add(text.get(), "status.answer.pasted");
    }

    /** Adds an empty answer to type by hand, and shows it. */
    public void newAnswer() {
        add("", "status.answer.new");
    }

    /** Marks answer {@code id} accepted: it becomes section 4 of the design document; any other loses the mark. */
    public void accept(String id) {
        if (model.history().answer(id).isPresent()) {
            model.applyHistory(model.history().accept(id, clock.instant()));
            status.accept(messages.get("status.answer.accepted"));
        }
    }

    /**
     * Keeps an edit made in the answer editor. Returns false, changing nothing, when the text breaks
     * the answer limits (the user is told why).
     */
    public boolean revise(String id, String modelName, String text) {
        try {
            AnswerText.check(text);
        } catch (BadInputException e) {
            dialogs.showError(messages.get("error.answer"), new ErrorText(messages).describe(e));
            return false;
        }
        model.history().answer(id)
                .filter(old -> !old.text().equals(text) || !java.util.Objects.equals(old.model(), blankToNull(modelName)))
                .ifPresent(old -> model.applyHistory(model.history().reviseAnswer(id, modelName, text)));
        return true;
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    private void add(String text, String doneKey) {
        Instant now = clock.instant();
        Integer number = history.answerTarget();
        history.changeHistory(taken -> history.book().addAnswer(taken, text, number, null, false, now),
                added -> added.project().history(), (VersionBook.Added added) -> {
                    show.accept(added.answer().id());
                    status.accept(messages.get(doneKey, added.answer().version()));
                });
    }
}

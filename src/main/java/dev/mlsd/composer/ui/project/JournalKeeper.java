package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.recovery.JournalEntry;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.ui.concurrent.Background;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;

/**
 * Keeps the recovery journal in step with the unsaved state: written 2 s after typing stops, and
 * at least every 30 s while typing goes on, and at once when the versions or answers change, off
 * the FX thread; cleared when the project is saved or its changes are given up.
 */
public final class JournalKeeper {

    static final Duration IDLE = Duration.ofSeconds(2);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final ProjectViewModel model;
    private final RecoveryJournal journal;
    private final Background background;
    private final Clock clock;
    private final Consumer<Exception> onFailure;
    private final PauseTransition idle = new PauseTransition(javafx.util.Duration.millis(IDLE.toMillis()));
    private Instant firstUnwritten;

    public JournalKeeper(ProjectViewModel model, RecoveryJournal journal, Background background, Clock clock, Consumer<Exception> onFailure) {
        this.model = model;
        this.journal = journal;
        this.background = background;
        this.clock = clock;
        this.onFailure = onFailure;
        idle.setOnFinished(e -> writeNow());
        model.onSectionChange(change -> edited());
        // A version or an answer is a deliberate act, not typing: it must survive a crash a moment later.
        model.historyProperty().addListener((obs, old, now) -> writeNow());
        model.dirtyProperty().addListener((obs, was, dirty) -> {
            if (dirty) {
                writeNow();
            } else {
                clear();
            }
        });
    }

    private void edited() {
        Instant now = clock.instant();
        if (firstUnwritten == null) {
            firstUnwritten = now;
        }
        if (Duration.between(firstUnwritten, now).compareTo(MAX_DELAY) >= 0) {
            writeNow();
        } else {
            idle.playFromStart();
        }
    }

    /** Writes the current unsaved state now (the snapshot is taken here, the writing happens off the FX thread). */
    public void writeNow() {
        idle.stop();
        firstUnwritten = null;
        if (!model.isDirty()) {
            return;
        }
        JournalEntry entry = new JournalEntry(model.file(), clock.instant(), model.snapshot(clock.instant()));
        background.run(() -> {
            journal.write(entry);
            return entry;
        }, written -> { }, onFailure);
    }

    private void clear() {
        idle.stop();
        firstUnwritten = null;
        background.run(() -> {
            journal.clear();
            return journal;
        }, cleared -> { }, onFailure);
    }
}

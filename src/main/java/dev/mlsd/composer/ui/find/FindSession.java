package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.editor.EditTarget;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * One window's find and replace: searches every section's text in order, then the shown answer's,
 * then the preview's, off the FX thread (after a short pause in typing, so a keystroke in a 1 MB
 * project costs the FX thread nothing), highlights the matches, walks them across section
 * boundaries, and replaces one or all of them in the sections and the answer (never in the
 * preview, which only shows what the sections make).
 */
final class FindSession implements FindBar.Handler {

    /** Counting stops here; beyond it the bar says "100000+". */
    private static final int MATCH_LIMIT = 100_000;
    private static final Duration TYPING_PAUSE = Duration.millis(150);
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");

    private final Pane host;
    private final EditorColumn editors;
    private final FindTargets targets;
    private final ProjectViewModel model;
    private final EditTarget edit;
    private final Messages messages;
    private final Background worker = new Background("mlsd-find");
    private final FindBar bar;
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    private final MatchWalk walk;
    private long generation;
    private boolean open;
    private boolean replacing;
    /** Set when the user asked for a match (typed, next, replace): the coming result selects one. */
    private int moveWhenFound;
    /** Said once by the next search result instead of the count ("Replaced 12"). */
    private String pendingStatus;
    private boolean searching;
    private boolean replaceWhenFound;

    FindSession(Pane host, EditorColumn editors, FindTargets targets, ProjectViewModel model, EditTarget edit, Messages messages) {
        this.host = host;
        this.editors = editors;
        this.targets = targets;
        this.model = model;
        this.edit = edit;
        this.messages = messages;
        this.bar = new FindBar(messages, this);
        this.walk = new MatchWalk(targets, edit::area);
        pause.setOnFinished(event -> search());
        model.onSectionChange(change -> edited());
        targets.answer().onChange(this::edited);
        model.documentProperty().addListener((obs, old, now) -> {
            if (open) {
                schedule(0);
            }
        });
        // An editor's own Ctrl+Z would undo a replace all in that section only.
        host.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event) && edit.hasUndoTogether()) {
                edit.undo();
                event.consume();
            }
        });
    }

    private void edited() {
        if (!replacing) {
            edit.forgetUndoTogether();
        }
        if (open) {
            schedule(moveWhenFound);
        }
    }

    void open(boolean withReplace) {
        if (!open) {
            host.getChildren().add(0, bar.node());
            open = true;
        }
        bar.showReplace(withReplace);
        bar.focusField(FindBar.seed(edit));
        schedule(1);
    }

    void openIfClosed() {
        if (!open) {
            open(false);
        }
    }

    @Override
    public void searchChanged() {
        schedule(1);
    }

    @Override
    public void next() {
        move(1);
    }

    @Override
    public void previous() {
        move(-1);
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        searching = false;
        replaceWhenFound = false;
        generation++;
        pause.stop();
        host.getChildren().remove(bar.node());
        targets.highlight(null);
        walk.reset(null);
        editors.targetOrFirst().ifPresent(e -> e.area().requestFocus());
    }

    @Override
    public void replace() {
        if (searchPending()) {
            // The last replace's new search is not back yet: this one replaces the match it selects.
            replaceWhenFound = true;
            return;
        }
        Found.Hit hit = currentHit();
        Found found = walk.found();
        if (hit == null || found.snapshot().isPreview(hit.section())) {
            move(1);
            return;
        }
        String text = found.snapshot().editable().get(hit.section());
        TextSearch.Replaced replaced = found.search().replacementFor(text, hit.match(), bar.replacement());
        if (replaced.failed()) {
            bar.setStatus(messages.get("find.badReplacement", replaced.error()), true);
            return;
        }
        GenericStyledArea<?, ?, ?> area = targets.area(found.snapshot(), hit.section());
        moveWhenFound = 1;
        area.replaceText(hit.match().start(), hit.match().end(), replaced.text());
    }

    @Override
    public void replaceAll() {
        TextSearch search = TextSearch.of(bar.needle(), bar.options());
        if (!search.usable()) {
            return;
        }
        Found.Snapshot snapshot = snapshot();
        String replacement = bar.replacement();
        long asked = ++generation;
        worker.run(() -> ReplaceAll.edits(snapshot.editable(), search, replacement), result -> {
            if (asked == generation && isCurrent(snapshot)) {
                apply(snapshot, result);
            }
        }, e -> bar.setStatus(messages.get("find.badReplacement", e.getMessage()), true));
    }

    private void apply(Found.Snapshot shown, ReplaceAll result) {
        if (result.error() != null) {
            bar.setStatus(messages.get("find.badReplacement", result.error()), true);
            return;
        }
        List<ReplaceAll.Edit> edits = result.edits();
        List<GenericStyledArea<?, ?, ?>> touched = new ArrayList<>();
        moveWhenFound = 0;
        pendingStatus = messages.get("find.replaced", edits.stream().mapToInt(ReplaceAll.Edit::count).sum());
        replacing = true;
        try {
            for (ReplaceAll.Edit e : edits) {
                GenericStyledArea<?, ?, ?> area = targets.area(shown, e.section());
                area.getUndoManager().preventMerge();
                area.replaceText(e.from(), e.to(), e.text());
                area.getUndoManager().preventMerge();
                touched.add(area);
            }
        } finally {
            replacing = false;
        }
        edit.undoTogether(touched);
        if (edits.isEmpty()) {
            schedule(0);
        }
    }

    private void schedule(int move) {
        generation++;
        moveWhenFound = move;
        pause.playFromStart();
    }

    private boolean searchPending() {
        return pause.getStatus() == Animation.Status.RUNNING || searching || walk.found() != null && !isCurrent(walk.found().snapshot());
    }

    private void move(int delta) {
        if (walk.found() == null || searchPending()) {
            pause.stop();
            moveWhenFound = delta;
            search();
            return;
        }
        select(delta);
    }

    private void search() {
        TextSearch search = TextSearch.of(bar.needle(), bar.options());
        long asked = ++generation;
        int move = moveWhenFound;
        moveWhenFound = 0;
        if (!search.usable()) {
            searching = false;
            showFound(null);
            search.error().ifPresentOrElse(error -> bar.setStatus(messages.get("find.badPattern", error), true), () -> bar.setStatus("", false));
            return;
        }
        Found.Snapshot snapshot = snapshot();
        searching = true;
        worker.run(() -> Found.search(snapshot, search, MATCH_LIMIT), result -> {
            if (asked == generation && open) {
                searching = false;
                showFound(result);
                if (move != 0) {
                    select(move);
                } else {
                    showStatus();
                }
                if (replaceWhenFound) {
                    replaceWhenFound = false;
                    replace();
                }
            }
        }, e -> {
            searching = false;
            bar.setStatus(messages.get("find.badPattern", e.getMessage()), true);
        });
    }

    private void showFound(Found result) {
        walk.reset(result);
        targets.highlight(result);
    }

    /** Selects the next ({@code delta} 1) or previous (-1) match, from the current one or else from the caret. */
    private void select(int delta) {
        walk.step(delta);
        showStatus();
    }

    private void showStatus() {
        if (pendingStatus != null) {
            bar.setStatus(pendingStatus, false);
            pendingStatus = null;
            return;
        }
        bar.setStatus(walk.status(messages, bar.needle()), false);
    }

    private Found.Hit currentHit() {
        Found.Hit hit = walk.current();
        return hit == null || !isCurrent(walk.found().snapshot()) ? null : hit;
    }

    private boolean isCurrent(Found.Snapshot snapshot) {
        return targets.isCurrent(snapshot);
    }

    private Found.Snapshot snapshot() {
        return targets.snapshot();
    }
}

package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.ui.editor.EditTarget;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.PreviewPane;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import javafx.scene.layout.Pane;

/**
 * The window's find and replace commands. The bar and its search are made when first asked for:
 * most sessions never search, and the first frame should not pay for them.
 */
public final class FindCommands {

    private final Pane host;
    private final EditorColumn editors;
    private final PreviewPane preview;
    private final AnswerTarget answer;
    private final ProjectViewModel model;
    private final EditTarget edit;
    private final Messages messages;
    private FindSession session;

    /**
     * {@code host}: the pane over the editors whose first child the bar becomes while it is open;
     * {@code answer} and {@code preview} are searched too, after the sections.
     */
    public FindCommands(Pane host, EditorColumn editors, AnswerTarget answer, PreviewPane preview, ProjectViewModel model, EditTarget edit,
                        Messages messages) {
        this.host = host;
        this.editors = editors;
        this.answer = answer;
        this.preview = preview;
        this.model = model;
        this.edit = edit;
        this.messages = messages;
    }

    public void find() {
        session().open(false);
    }

    public void replace() {
        session().open(true);
    }

    /** The next match; opens the bar when it is closed. */
    public void next() {
        session().openIfClosed();
        session.next();
    }

    public void previous() {
        session().openIfClosed();
        session.previous();
    }

    private FindSession session() {
        if (session == null) {
            session = new FindSession(host, editors, new FindTargets(editors, answer, preview, model), model, edit, messages);
        }
        return session;
    }
}

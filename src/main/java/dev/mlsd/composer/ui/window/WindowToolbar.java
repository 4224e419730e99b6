package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.ui.action.ToolBarFactory.SEPARATOR;

import java.util.List;

/**
 * The shape of the main window's toolbar, by the ids of {@link WindowActions}' catalogue. An id
 * the catalogue does not (yet) declare is skipped, so a button for a coming action is one line here.
 */
public final class WindowToolbar {

    private WindowToolbar() {
    }

    public static List<String> shape() {
        return List.of(
                "file.new", "file.open", "file.save", SEPARATOR,
                "edit.copyPrompt", "edit.pasteAnswer", "view.history", "edit.find", SEPARATOR,
                "view.theme");
    }
}

package dev.mlsd.composer.ui.window;

import static dev.mlsd.composer.ui.action.MenuEntry.item;
import static dev.mlsd.composer.ui.action.MenuEntry.members;
import static dev.mlsd.composer.ui.action.MenuEntry.menu;
import static dev.mlsd.composer.ui.action.MenuEntry.separator;

import dev.mlsd.composer.ui.action.MenuEntry;
import java.util.List;

/** The shape of the main window's menus, by the ids of {@link WindowActions}' catalogue. */
public final class WindowMenus {

    private WindowMenus() {
    }

    /** The menus, left to right; {@code refreshRecent} runs when File → Open Recent opens. */
    public static List<MenuEntry.Submenu> shape(Runnable refreshRecent) {
        MenuEntry.Submenu recent = new MenuEntry.Submenu("menu.file.recent", List.of(
                members("file.recent"), separator(), item("file.recent.removeMissing"), item("file.recent.clear")),
                "file.recent.empty", refreshRecent);
        return List.of(
                menu("menu.file", item("file.new"), item("file.newFromTemplate"), item("file.open"), recent, separator(),
                        item("file.import"), item("file.exportPrompt"), item("file.exportSections"),
                        item("file.exportDesign"), separator(),
                        item("file.save"), item("file.saveAs"), item("file.saveVersion"), separator(), item("file.quit")),
                // Undo, Redo, Cut, Copy, Paste and Select All are the focused editor's own keys.
                menu("menu.edit", item("edit.undo"), item("edit.redo"), item("edit.undoChange"), separator(),
                        item("edit.cut"), item("edit.copy"), item("edit.paste"), item("edit.selectAll"), separator(),
                        item("edit.copySection"), item("edit.copyPrompt"), separator(),
                        item("edit.pasteAnswer"), item("edit.newAnswer"), separator(),
                        item("edit.find"), item("edit.replace"), item("edit.findNext"), item("edit.findPrevious")),
                menu("menu.view", menu("menu.view.language", members("view.language")), menu("menu.view.theme", members("view.theme")),
                        separator(),
                        menu("menu.view.window", members("view.window")), menu("menu.view.encoding", members("view.encoding")),
                        item("view.answerRoom"), separator(), item("view.history"), separator(), item("view.zoomIn"), item("view.zoomOut"), item("view.zoomReset"),
                        separator(), item("view.spellCheck"), separator(), item("view.commandPalette")),
                menu("menu.template", item("template.switch"), item("template.undoSwitch"), separator(),
                        item("template.editCopy"), item("template.openFolder"), item("template.reload")),
                menu("menu.help", item("help.example"), item("help.shortcuts"), separator(), item("help.about")));
    }
}

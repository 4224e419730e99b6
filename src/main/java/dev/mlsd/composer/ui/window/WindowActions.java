package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.tokens.ContextBudget;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.ui.action.ActionCatalogue;
import dev.mlsd.composer.ui.action.ActionFamily;
import dev.mlsd.composer.ui.action.ActionName;
import dev.mlsd.composer.ui.action.AppAction;
import dev.mlsd.composer.ui.answer.AnswerCommands;
import dev.mlsd.composer.ui.answer.DesignDocumentExport;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.editor.EditTarget;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.export.ExportCommands;
import dev.mlsd.composer.ui.find.FindCommands;
import dev.mlsd.composer.ui.history.HistoryCommands;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.importer.ImportCommands;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import dev.mlsd.composer.ui.theme.ThemeKeeper;
import dev.mlsd.composer.ui.template.TemplateCommands;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every action of the main window, declared once, with its keys and handler: the catalogue the
 * menus (and the toolbar, the command palette, the shortcuts page) are made from.
 */
public final class WindowActions {

    /** What the actions act on, handed in by the one place that wires the window. */
    public record Targets(ProjectCommands projects, TemplateCommands templates, ImportCommands imports, ExportCommands exports,
                          ProjectChanges changes, EditorColumn editors, EditTarget edit, SettingsKeeper settings, Messages messages,
                          Dialogs dialogs, Runnable copyPrompt, Runnable editTemplateCopy, Consumer<String> status,
                          FindCommands find, FontZoom zoom, ThemeKeeper theme, HistoryCommands history, Runnable showHistory,
                          AnswerCommands answers, DesignDocumentExport designDocument) {
    }

    private static final int SECTION_KEYS = 9;

    private WindowActions() {
    }

    public static ActionCatalogue catalogue(Targets t) {
        ActionCatalogue c = new ActionCatalogue();
        c.add(AppAction.of("file.new", t.projects()::newProject).keys("Shortcut+N").icon("mdi2f-file-outline").build());
        c.add(AppAction.of("file.newFromTemplate", t.templates()::newFromTemplate).keys("Shortcut+Shift+N").build());
        c.add(AppAction.of("file.open", t.projects()::open).keys("Shortcut+O").icon("mdi2f-folder-open-outline").build());
        c.add(ActionFamily.of("file.recent", t.settings().recentFiles(), f -> null, WindowActions::recentName, f -> {
            if (f.exists()) {
                t.projects().open(f.path());
            } else {
                t.settings().update(s -> s.withoutRecent(List.of(f.path())));
            }
        }).nameKeys("menu.file.recent.missing").styleClass(f -> f.exists() ? null : "recent-missing").build());
        c.add(AppAction.of("file.recent.empty", () -> { }).enabledWhen(javafx.beans.binding.Bindings.createBooleanBinding(() -> false))
                .build());
        c.add(AppAction.of("file.recent.removeMissing", () -> t.settings().update(s -> s.withoutRecent(
                t.settings().recentFiles().stream().filter(f -> !f.exists()).map(SettingsKeeper.RecentFile::path).toList()))).build());
        c.add(AppAction.of("file.recent.clear", () -> t.settings().update(s -> s.withoutRecent(s.recentFiles()))).build());
        c.add(AppAction.of("file.import", () -> t.imports().importDocument()).keys("Shortcut+I").build());
        c.add(AppAction.of("file.exportPrompt", t.exports()::exportPrompt).keys("Shortcut+E").build());
        c.add(AppAction.of("file.exportSections", t.exports()::exportSections).build());
        c.add(AppAction.of("file.exportDesign", t.designDocument()::export).icon("mdi2f-file-document-outline").build());
        c.add(AppAction.of("file.save", t.projects()::save).keys("Shortcut+S").icon("mdi2c-content-save-outline").build());
        c.add(AppAction.of("file.saveAs", t.projects()::saveAs).keys("Shortcut+Shift+S").build());
        c.add(AppAction.of("file.saveVersion", t.history()::saveVersionAsking).build());
        c.add(AppAction.of("file.quit", t.projects()::quit).keys("Shortcut+Q").build());

        c.add(AppAction.of("edit.undo", t.edit()::undo).editorKeys("Shortcut+Z").build());
        c.add(AppAction.of("edit.redo", t.edit()::redo).editorKeys("Shortcut+Y", "Shortcut+Shift+Z").build());
        c.add(AppAction.of("edit.undoChange", () -> {
            if (t.changes().undo()) {
                t.status().accept(t.messages().get("status.change.undone"));
            }
        }).enabledWhen(t.changes().canUndoProperty()).build());
        c.add(AppAction.of("edit.cut", t.edit()::cut).editorKeys("Shortcut+X").build());
        c.add(AppAction.of("edit.copy", t.edit()::copy).editorKeys("Shortcut+C").build());
        c.add(AppAction.of("edit.paste", t.edit()::paste).editorKeys("Shortcut+V").build());
        c.add(AppAction.of("edit.selectAll", t.edit()::selectAll).editorKeys("Shortcut+A").build());
        c.add(AppAction.of("edit.copySection", () -> t.editors().targetOrFirst()
                .ifPresent(e -> t.exports().copySection(e.slot().id()))).build());
        c.add(AppAction.of("edit.copyPrompt", t.copyPrompt()).keys("Shortcut+Shift+C").icon("mdi2c-content-copy").build());
        // Ctrl+V stays the editors' own paste; with Shift the clipboard becomes an answer, as Shift+C makes the prompt a copy.
        c.add(AppAction.of("edit.pasteAnswer", t.answers()::pasteAnswer).keys("Shortcut+Shift+V").icon("mdi2c-clipboard-text-outline")
                .build());
        c.add(AppAction.of("edit.newAnswer", t.answers()::newAnswer).build());
        c.add(AppAction.of("edit.find", t.find()::find).keys("Shortcut+F").icon("mdi2m-magnify").build());
        c.add(AppAction.of("edit.replace", t.find()::replace).keys("Shortcut+H").build());
        c.add(AppAction.of("edit.findNext", t.find()::next).keys("F3").build());
        c.add(AppAction.of("edit.findPrevious", t.find()::previous).keys("Shift+F3").build());

        c.add(ActionFamily.of("view.goToSection", t.editors().shownSlots(), slot -> null,
                slot -> ActionName.message("menu.view.goToSection.item", slot.title()), (Slot slot) -> t.editors().focusSection(slot))
                .nameKeys("menu.view.goToSection.item")
                .keys(SECTION_KEYS, i -> new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN))
                .build());
        c.add(ActionFamily.of("view.language", FXCollections.observableList(Messages.LANGUAGES), l -> "language-" + l.getLanguage(),
                l -> ActionName.literal(Messages.nameInItself(l)), (Locale l) -> {
                    t.messages().setLocale(l);
                    t.settings().update(s -> s.withLanguage(t.messages().locale().getLanguage()));
                }).choice(l -> l.equals(t.messages().locale()), t.messages().localeProperty()).styleClass(l -> "language-name").build());
        c.add(ActionFamily.of("view.window", FXCollections.observableList(ContextBudget.PRESETS),
                p -> "window-" + p, p -> ActionName.message("menu.view.window.preset", p),
                (Integer p) -> meter(t, m -> new Settings.TokenMeter(p, m.answerRoom(), m.encoding())))
                .nameKeys("menu.view.window.preset")
                .choice(p -> t.settings().get().tokenMeter().contextWindow() == p, t.settings().settingsProperty()).build());
        c.add(ActionFamily.of("view.encoding", FXCollections.observableArrayList(TokenEncoding.values()), e -> "encoding-" + e.id(),
                e -> ActionName.literal(e.id()), (TokenEncoding e) -> meter(t, m -> new Settings.TokenMeter(m.contextWindow(), m.answerRoom(), e.id())))
                .choice(e -> t.settings().get().tokenMeter().encoding().equals(e.id()), t.settings().settingsProperty())
                .styleClass(e -> "encoding-name").build());
        c.add(AppAction.of("view.answerRoom", () -> t.dialogs().askAnswerRoom(t.settings().get().tokenMeter().answerRoom())
                .ifPresent(room -> meter(t, m -> new Settings.TokenMeter(m.contextWindow(), room, m.encoding())))).build());
        c.add(ActionFamily.of("view.theme", FXCollections.observableArrayList(Settings.Theme.values()), th -> "theme-" + th.id(),
                th -> ActionName.message("menu.view.theme." + th.id()), (Settings.Theme th) -> t.theme().choose(th))
                .nameKeys("menu.view.theme.light", "menu.view.theme.dark", "menu.view.theme.system")
                .choice(th -> t.settings().get().theme() == th, t.settings().settingsProperty()).icon("mdi2t-theme-light-dark").build());
        c.add(AppAction.of("view.history", t.showHistory()).keys("Shortcut+Shift+H").icon("mdi2h-history").build());
        c.add(AppAction.of("view.zoomIn", t.zoom()::zoomIn).keys("Shortcut+EQUALS", "Shortcut+ADD").build());
        c.add(AppAction.of("view.zoomOut", t.zoom()::zoomOut).keys("Shortcut+MINUS", "Shortcut+SUBTRACT").build());
        c.add(AppAction.of("view.zoomReset", t.zoom()::reset).keys("Shortcut+0", "Shortcut+Numpad 0").build());
        c.add(AppAction.of("view.spellCheck", () -> t.settings().update(s -> s.withSpellCheck(!s.spellCheck())))
                .checked(javafx.beans.binding.Bindings.createBooleanBinding(() -> t.settings().get().spellCheck(),
                        t.settings().settingsProperty())).build());

        c.add(AppAction.of("template.switch", t.templates()::switchTemplate).build());
        c.add(AppAction.of("template.undoSwitch", t.templates()::undoSwitch).enabledWhen(t.templates().canUndoProperty()).build());
        c.add(AppAction.of("template.editCopy", t.editTemplateCopy()).build());
        c.add(AppAction.of("template.openFolder", t.templates()::openFolder).build());
        c.add(AppAction.of("template.reload", t.templates()::reload).build());

        c.add(AppAction.of("help.example", t.projects()::openExample).build());
        c.add(AppAction.of("help.about", t.dialogs()::showAbout).build());
        return c;
    }

    /**
     * Adds the actions that show the catalogue itself (the command palette, the shortcuts page):
     * they are made after it, as they list it.
     */
    public static void addCatalogueViews(ActionCatalogue c, Runnable commandPalette, Runnable shortcuts) {
        c.add(AppAction.of("view.commandPalette", commandPalette).keys("Shortcut+Shift+P").build());
        c.add(AppAction.of("help.shortcuts", shortcuts).build());
    }

    private static ActionName recentName(SettingsKeeper.RecentFile file) {
        return file.exists() ? ActionName.literal(file.path().toString())
                : ActionName.message("menu.file.recent.missing", file.path().toString());
    }

    private static void meter(Targets t, UnaryOperator<Settings.TokenMeter> change) {
        t.settings().update(s -> s.withTokenMeter(change.apply(s.tokenMeter())));
    }
}

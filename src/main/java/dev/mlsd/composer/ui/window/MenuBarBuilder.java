package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectCommands;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action with its label from the bundles and its shortcut. */
final class MenuBarBuilder {

    private final Messages messages;
    private final ProjectCommands commands;
    private final EditTarget edit;
    private final Runnable copyPrompt;
    private final Consumer<Locale> changeLanguage;
    private final Runnable about;

    MenuBarBuilder(Messages messages, ProjectCommands commands, EditTarget edit, Runnable copyPrompt,
                   Consumer<Locale> changeLanguage, Runnable about) {
        this.messages = messages;
        this.commands = commands;
        this.edit = edit;
        this.copyPrompt = copyPrompt;
        this.changeLanguage = changeLanguage;
        this.about = about;
    }

    MenuBar build() {
        Menu file = menu("menu.file",
                item("menu.file.new", "Shortcut+N", commands::newProject),
                item("menu.file.open", "Shortcut+O", commands::open),
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", commands::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", commands::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", commands::quit));
        // Undo, Redo, Cut, Copy, Paste and Select All show their usual shortcuts, which the focused
        // editor handles itself; accelerators here would run them twice.
        Menu editMenu = menu("menu.edit",
                item("menu.edit.undo", null, edit::undo),
                item("menu.edit.redo", null, edit::redo),
                new SeparatorMenuItem(),
                item("menu.edit.cut", null, edit::cut),
                item("menu.edit.copy", null, edit::copy),
                item("menu.edit.paste", null, edit::paste),
                item("menu.edit.selectAll", null, edit::selectAll),
                new SeparatorMenuItem(),
                item("menu.edit.copyPrompt", "Shortcut+Shift+C", copyPrompt));
        Menu view = menu("menu.view", languageMenu());
        Menu help = menu("menu.help",
                item("menu.help.example", null, commands::openExample),
                new SeparatorMenuItem(),
                item("menu.help.about", null, about));
        MenuBar bar = new MenuBar(file, editMenu, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu languageMenu() {
        Menu language = menu("menu.view.language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                    + locale.getDisplayLanguage(locale).substring(1));
            item.getStyleClass().add("language-name");
            item.setId("language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> changeLanguage.accept(locale));
            language.getItems().add(item);
        }
        messages.localeProperty().addListener((obs, old, now) -> group.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("language-" + now.getLanguage()))));
        return language;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.text(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.text(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

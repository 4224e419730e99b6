package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.tokens.ContextBudget;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import dev.mlsd.composer.ui.template.TemplateCommands;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
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
    private final TemplateCommands templates;
    private final SettingsKeeper settings;

    /** The window's own actions the menus offer. */
    record Actions(Runnable copyPrompt, Consumer<Locale> changeLanguage, Runnable about, Runnable editTemplateCopy,
                   Runnable askAnswerRoom, Runnable importDocument, Runnable exportPrompt, Runnable exportSections,
                   Runnable copySection, Runnable undoChange, javafx.beans.value.ObservableBooleanValue canUndoChange) {
    }
    private final EditTarget edit;
    private final Actions actions;

    MenuBarBuilder(Messages messages, ProjectCommands commands, TemplateCommands templates, SettingsKeeper settings, EditTarget edit,
                   Actions actions) {
        this.messages = messages;
        this.commands = commands;
        this.templates = templates;
        this.settings = settings;
        this.edit = edit;
        this.actions = actions;
    }

    MenuBar build() {
        Menu file = menu("menu.file",
                item("menu.file.new", "Shortcut+N", commands::newProject),
                item("menu.file.newFromTemplate", "Shortcut+Shift+N", templates::newFromTemplate),
                item("menu.file.open", "Shortcut+O", commands::open),
                recentMenu(),
                new SeparatorMenuItem(),
                item("menu.file.import", "Shortcut+I", actions.importDocument()),
                item("menu.file.exportPrompt", "Shortcut+E", actions.exportPrompt()),
                item("menu.file.exportSections", null, actions.exportSections()),
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", commands::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", commands::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", commands::quit));
        // Undo, Redo, Cut, Copy, Paste and Select All show their usual shortcuts, which the focused
        // editor handles itself; accelerators here would run them twice.
        MenuItem undoChange = item("menu.edit.undoChange", null, actions.undoChange());
        undoChange.disableProperty().bind(javafx.beans.binding.Bindings.not(actions.canUndoChange()));
        Menu editMenu = menu("menu.edit",
                item("menu.edit.undo", null, edit::undo),
                item("menu.edit.redo", null, edit::redo),
                undoChange,
                new SeparatorMenuItem(),
                item("menu.edit.cut", null, edit::cut),
                item("menu.edit.copy", null, edit::copy),
                item("menu.edit.paste", null, edit::paste),
                item("menu.edit.selectAll", null, edit::selectAll),
                new SeparatorMenuItem(),
                item("menu.edit.copySection", null, actions.copySection()),
                item("menu.edit.copyPrompt", "Shortcut+Shift+C", actions.copyPrompt()));
        Menu view = menu("menu.view", languageMenu(), new SeparatorMenuItem(), windowMenu(), encodingMenu(),
                item("menu.view.answerRoom", null, actions.askAnswerRoom()));
        MenuItem undoSwitch = item("menu.template.undoSwitch", null, templates::undoSwitch);
        undoSwitch.disableProperty().bind(templates.canUndoProperty().not());
        Menu template = menu("menu.template",
                item("menu.template.switch", null, templates::switchTemplate),
                undoSwitch,
                new SeparatorMenuItem(),
                item("menu.template.editCopy", null, actions.editTemplateCopy()),
                item("menu.template.openFolder", null, templates::openFolder),
                item("menu.template.reload", null, templates::reload));
        Menu help = menu("menu.help",
                item("menu.help.example", null, commands::openExample),
                new SeparatorMenuItem(),
                item("menu.help.about", null, actions.about()));
        MenuBar bar = new MenuBar(file, editMenu, view, template, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** File → Open Recent, rebuilt whenever the list or the files' existence changes. */
    private Menu recentMenu() {
        Menu recent = menu("menu.file.recent");
        Runnable rebuild = () -> {
            recent.getItems().clear();
            List<SettingsKeeper.RecentFile> files = settings.recentFiles();
            if (files.isEmpty()) {
                MenuItem empty = item("menu.file.recent.empty", null, () -> { });
                empty.setDisable(true);
                recent.getItems().add(empty);
                return;
            }
            for (SettingsKeeper.RecentFile file : files) {
                MenuItem item = new MenuItem();
                item.setMnemonicParsing(false);
                if (file.exists()) {
                    item.setText(file.path().toString());
                    item.setOnAction(e -> commands.open(file.path()));
                } else {
                    item.textProperty().bind(messages.text("menu.file.recent.missing", file.path().toString()));
                    item.getStyleClass().add("recent-missing");
                    item.setOnAction(e -> settings.update(s -> s.withoutRecent(List.of(file.path()))));
                }
                recent.getItems().add(item);
            }
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems().add(item("menu.file.recent.removeMissing", null, () -> settings.update(s -> s.withoutRecent(
                    settings.recentFiles().stream().filter(f -> !f.exists()).map(SettingsKeeper.RecentFile::path).toList()))));
            recent.getItems().add(item("menu.file.recent.clear", null, () -> settings.update(s -> s.withoutRecent(s.recentFiles()))));
        };
        settings.recentFiles().addListener((ListChangeListener<SettingsKeeper.RecentFile>) change -> rebuild.run());
        recent.setOnShowing(e -> settings.refreshRecent());
        rebuild.run();
        return recent;
    }

    /** View → Context window: the presets of the meter's window size. */
    private Menu windowMenu() {
        Menu window = menu("menu.view.window");
        ToggleGroup group = new ToggleGroup();
        for (int preset : ContextBudget.PRESETS) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(messages.text("menu.view.window.preset", preset));
            item.setId("window-" + preset);
            item.setToggleGroup(group);
            item.setSelected(settings.get().tokenMeter().contextWindow() == preset);
            item.setOnAction(e -> settings.update(s -> s.withTokenMeter(
                    new Settings.TokenMeter(preset, s.tokenMeter().answerRoom(), s.tokenMeter().encoding()))));
            window.getItems().add(item);
        }
        return window;
    }

    /** View → Count tokens with: o200k_base or cl100k_base. */
    private Menu encodingMenu() {
        Menu encodings = menu("menu.view.encoding");
        ToggleGroup group = new ToggleGroup();
        for (TokenEncoding encoding : TokenEncoding.values()) {
            RadioMenuItem item = new RadioMenuItem(encoding.id());
            item.setMnemonicParsing(false);
            item.getStyleClass().add("encoding-name");
            item.setId("encoding-" + encoding.id());
            item.setToggleGroup(group);
            item.setSelected(settings.get().tokenMeter().encoding().equals(encoding.id()));
            item.setOnAction(e -> settings.update(s -> s.withTokenMeter(
                    new Settings.TokenMeter(s.tokenMeter().contextWindow(), s.tokenMeter().answerRoom(), encoding.id()))));
            encodings.getItems().add(item);
        }
        return encodings;
    }

    private Menu languageMenu() {
        Menu language = menu("menu.view.language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Messages.nameInItself(locale));
            item.getStyleClass().add("language-name");
            item.setId("language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> actions.changeLanguage().accept(locale));
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

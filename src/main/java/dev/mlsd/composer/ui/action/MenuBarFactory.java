package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Makes the menu bar from the catalogue and the menus' shape: every item is an action's or a family
 * member's, named from the bundles (following the UI language), with the action's key and enabled
 * state. Menus holding a family are rebuilt when its members change.
 */
public final class MenuBarFactory {

    /** The key under which a menu item's properties name the action (or family) it was made from. */
    public static final String ACTION = "mlsd.action";

    private final ActionCatalogue catalogue;
    private final Messages messages;

    public MenuBarFactory(ActionCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The node id of an action's menu item: {@code file.save} → {@code menu-file-save}. */
    public static String itemId(AppAction action) {
        return action.nameKey().replace('.', '-');
    }

    public MenuBar build(List<MenuEntry.Submenu> menus) {
        MenuBar bar = new MenuBar();
        menus.forEach(m -> bar.getMenus().add(menu(m)));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu menu(MenuEntry.Submenu shape) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.text(shape.key()));
        menu.setId(shape.key().replace('.', '-'));
        Runnable fill = () -> menu.getItems().setAll(items(shape));
        for (MenuEntry entry : shape.entries()) {
            if (entry instanceof MenuEntry.Members members) {
                catalogue.family(members.familyId()).members().addListener((ListChangeListener<Object>) change -> fill.run());
            }
        }
        if (shape.onShowing() != null) {
            menu.setOnShowing(e -> shape.onShowing().run());
        }
        fill.run();
        return menu;
    }

    private List<MenuItem> items(MenuEntry.Submenu shape) {
        boolean hasFamily = shape.entries().stream().anyMatch(MenuEntry.Members.class::isInstance);
        boolean allEmpty = shape.entries().stream().filter(MenuEntry.Members.class::isInstance)
                .allMatch(m -> catalogue.family(((MenuEntry.Members) m).familyId()).members().isEmpty());
        List<MenuItem> items = new ArrayList<>();
        if (hasFamily && allEmpty && shape.emptyActionId() != null) {
            items.add(item(catalogue.action(shape.emptyActionId())));
            return items;
        }
        for (MenuEntry entry : shape.entries()) {
            if (entry instanceof MenuEntry.Item i) {
                items.add(item(catalogue.action(i.actionId())));
            } else if (entry instanceof MenuEntry.Members m) {
                items.addAll(members(catalogue.family(m.familyId())));
            } else if (entry instanceof MenuEntry.Submenu sub) {
                items.add(menu(sub));
            } else {
                items.add(new SeparatorMenuItem());
            }
        }
        return items;
    }

    private MenuItem item(AppAction action) {
        MenuItem item = action.checked() == null ? new MenuItem() : new CheckMenuItem();
        if (item instanceof CheckMenuItem check) {
            // Follows the state rather than the click: the handler decides, the mark shows the outcome.
            check.setSelected(action.checked().get());
            action.checked().addListener((obs, was, on) -> check.setSelected(on));
            check.setOnAction(e -> {
                action.run();
                check.setSelected(action.checked().get());
            });
        }
        item.textProperty().bind(messages.text(action.nameKey()));
        item.setId(itemId(action));
        if (action.accelerator() != null && !action.editorKeys()) {
            item.setAccelerator(action.accelerator());
        }
        if (action.enabled() != null) {
            item.disableProperty().bind(Bindings.not(action.enabled()));
        }
        if (!(item instanceof CheckMenuItem)) {
            item.setOnAction(e -> action.run());
        }
        item.getProperties().put(ACTION, action.id());
        return item;
    }

    private <P> List<MenuItem> members(ActionFamily<P> family) {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = family.isChoice() ? new ToggleGroup() : null;
        List<Runnable> reselect = new ArrayList<>();
        for (P member : family.members()) {
            MenuItem item = group == null ? new MenuItem() : new RadioMenuItem();
            ActionName name = family.name(member);
            item.textProperty().bind(name.binding(messages));
            item.setMnemonicParsing(!name.isLiteral());
            item.setId(family.memberId(member));
            if (family.styleClass(member) != null) {
                item.getStyleClass().add(family.styleClass(member));
            }
            if (item instanceof RadioMenuItem radio) {
                radio.setToggleGroup(group);
                radio.setSelected(family.isSelected(member));
                reselect.add(() -> radio.setSelected(family.isSelected(member)));
            }
            item.setOnAction(e -> family.run(member));
            item.getProperties().put(ACTION, family.id());
            items.add(item);
        }
        ObservableValue<?> changes = family.selectionChanges();
        if (changes != null) {
            changes.addListener((obs, old, now) -> reselect.forEach(Runnable::run));
        }
        return items;
    }
}

package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The shortcuts page's contents: every action of the catalogue with its keys, grouped by the menu that holds it. */
public final class ShortcutRows {

    /** One action (or family) and its keys, as the platform writes them. */
    public record Row(String actionId, String name, List<String> keys) {
    }

    /** A menu's actions, under its name. */
    public record Group(String title, List<Row> rows) {
    }

    private final ActionCatalogue catalogue;
    private final Messages messages;

    public ShortcutRows(ActionCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The groups in the menus' order; actions no menu holds come last, under "Other". */
    public List<Group> groups(List<MenuEntry.Submenu> menus) {
        Set<String> placed = new LinkedHashSet<>();
        List<Group> groups = new ArrayList<>();
        for (MenuEntry.Submenu menu : menus) {
            List<Row> rows = new ArrayList<>();
            collect(menu, rows, placed);
            groups.add(new Group(ActionText.plain(messages.get(menu.key())), rows));
        }
        List<Row> rest = new ArrayList<>();
        catalogue.actions().stream().filter(a -> !placed.contains(a.id())).forEach(a -> rest.add(row(a)));
        catalogue.families().stream().filter(f -> !placed.contains(f.id())).forEach(f -> rest.add(row(f)));
        if (!rest.isEmpty()) {
            groups.add(new Group(messages.get("shortcuts.other"), rest));
        }
        return groups;
    }

    private void collect(MenuEntry.Submenu menu, List<Row> rows, Set<String> placed) {
        if (menu.emptyActionId() != null) {
            // The placeholder of an empty menu ("No recent files") is not something to do.
            placed.add(menu.emptyActionId());
        }
        for (MenuEntry entry : menu.entries()) {
            if (entry instanceof MenuEntry.Item item && placed.add(item.actionId())) {
                rows.add(row(catalogue.action(item.actionId())));
            } else if (entry instanceof MenuEntry.Members members && placed.add(members.familyId())) {
                rows.add(row(catalogue.family(members.familyId())));
            } else if (entry instanceof MenuEntry.Submenu sub) {
                collect(sub, rows, placed);
            }
        }
    }

    private Row row(AppAction action) {
        return new Row(action.id(), ActionText.plain(messages.get(action.nameKey())),
                action.keys().stream().map(k -> k.getDisplayText()).toList());
    }

    private Row row(ActionFamily<?> family) {
        return new Row(family.id(), messages.get(family.descriptionKey()), family.keys().stream().map(k -> k.getDisplayText()).toList());
    }
}

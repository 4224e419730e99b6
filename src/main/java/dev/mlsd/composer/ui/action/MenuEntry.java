package dev.mlsd.composer.ui.action;

import java.util.List;

/** The shape of the menus, by action id: what {@link MenuBarFactory} turns into menu items. */
public sealed interface MenuEntry {

    /** The menu item of one action. */
    record Item(String actionId) implements MenuEntry {
    }

    /** One menu item per member of a family, in place. */
    record Members(String familyId) implements MenuEntry {
    }

    /** A line between groups of items. */
    record Separator() implements MenuEntry {
    }

    /**
     * A menu (top-level or nested) named by {@code key}. When every family in it has no members,
     * it shows only {@code emptyActionId}'s item (if given). {@code onShowing} runs each time it opens.
     */
    record Submenu(String key, List<MenuEntry> entries, String emptyActionId, Runnable onShowing) implements MenuEntry {

        public Submenu {
            entries = List.copyOf(entries);
        }

        public Submenu(String key, MenuEntry... entries) {
            this(key, List.of(entries), null, null);
        }
    }

    static Item item(String actionId) {
        return new Item(actionId);
    }

    static Members members(String familyId) {
        return new Members(familyId);
    }

    static Separator separator() {
        return new Separator();
    }

    static Submenu menu(String key, MenuEntry... entries) {
        return new Submenu(key, entries);
    }
}

package dev.mlsd.composer.ui.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Every user action of the window, each declared once, in the order a list of them should show
 * (the command palette, the shortcuts page); menus and the toolbar are made from it.
 */
public final class ActionCatalogue {

    private final Map<String, AppAction> actions = new LinkedHashMap<>();
    private final Map<String, ActionFamily<?>> families = new LinkedHashMap<>();

    public ActionCatalogue add(AppAction action) {
        if (actions.containsKey(action.id()) || families.containsKey(action.id())) {
            throw new IllegalArgumentException("action '" + action.id() + "' is declared twice");
        }
        actions.put(action.id(), action);
        return this;
    }

    public ActionCatalogue add(ActionFamily<?> family) {
        if (actions.containsKey(family.id()) || families.containsKey(family.id())) {
            throw new IllegalArgumentException("action '" + family.id() + "' is declared twice");
        }
        families.put(family.id(), family);
        return this;
    }

    public List<AppAction> actions() {
        return List.copyOf(actions.values());
    }

    public List<ActionFamily<?>> families() {
        return List.copyOf(families.values());
    }

    public AppAction action(String id) {
        return Optional.ofNullable(actions.get(id)).orElseThrow(() -> new IllegalArgumentException("no action '" + id + "'"));
    }

    public ActionFamily<?> family(String id) {
        return Optional.ofNullable(families.get(id)).orElseThrow(() -> new IllegalArgumentException("no action family '" + id + "'"));
    }

    /** Every key combination declared, by actions and families, with the id that declares it (duplicates kept). */
    public List<Map.Entry<KeyCombination, String>> declaredKeys() {
        List<Map.Entry<KeyCombination, String>> keys = new ArrayList<>();
        actions.values().forEach(a -> a.keys().forEach(k -> keys.add(Map.entry(k, a.id()))));
        families.values().forEach(f -> f.keys().forEach(k -> keys.add(Map.entry(k, f.id()))));
        return Collections.unmodifiableList(keys);
    }

    /**
     * Installs the keys that no menu item carries: alternates, and the keys of families' members
     * (go to section N). A menu item's own accelerator is installed by JavaFX with the menu bar.
     */
    public void installKeys(Scene scene) {
        for (AppAction action : actions.values()) {
            if (!action.editorKeys()) {
                action.alternates().forEach(k -> scene.getAccelerators().put(k, action::run));
            }
        }
        for (ActionFamily<?> family : families.values()) {
            List<KeyCombination> keys = family.keys();
            for (int i = 0; i < keys.size(); i++) {
                int index = i;
                scene.getAccelerators().put(keys.get(i), () -> family.runAt(index));
            }
        }
    }
}

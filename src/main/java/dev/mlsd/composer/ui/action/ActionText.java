package dev.mlsd.composer.ui.action;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/** How an action's name and keys read outside a menu: in tooltips, the command palette, the shortcuts page. */
public final class ActionText {

    private ActionText() {
    }

    /** A menu name without its mnemonic marks: "Save _As…" → "Save As…" ("__" stays one underscore). */
    public static String plain(String menuName) {
        StringBuilder out = new StringBuilder(menuName.length());
        for (int i = 0; i < menuName.length(); i++) {
            char c = menuName.charAt(i);
            if (c == '_' && i + 1 < menuName.length() && menuName.charAt(i + 1) == '_') {
                out.append('_');
                i++;
            } else if (c != '_') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The keys as the platform writes them ("Ctrl+Shift+S"), joined by {@code ", "}; empty for none. */
    public static String keys(List<KeyCombination> keys) {
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(", "));
    }

    /** A tooltip: the name, and the main key in parentheses when there is one. */
    public static String tooltip(String name, KeyCombination key) {
        return key == null ? name : name + " (" + key.getDisplayText() + ")";
    }
}

package dev.mlsd.composer.ui.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing a user can do, declared once: its id, the message keys of its name and description,
 * its keys and its handler. Menus, the toolbar, the command palette and the shortcuts page are
 * made from these. {@code editorKeys} are keys the focused text area handles itself (undo, cut,
 * paste…): shown and listed, never installed as accelerators, or they would run twice.
 */
public final class AppAction {

    private final String id;
    private final String nameKey;
    private final String descriptionKey;
    private final KeyCombination accelerator;
    private final List<KeyCombination> alternates;
    private final boolean editorKeys;
    private final ObservableBooleanValue enabled;
    private final Runnable handler;
    private final String icon;
    private final ObservableBooleanValue checked;

    private AppAction(Builder b) {
        this.id = b.id;
        this.nameKey = b.nameKey;
        this.descriptionKey = b.descriptionKey;
        this.accelerator = b.accelerator;
        this.alternates = List.copyOf(b.alternates);
        this.editorKeys = b.editorKeys;
        this.enabled = b.enabled;
        this.handler = b.handler;
        this.icon = b.icon;
        this.checked = b.checked;
    }

    /** For an action that turns something on and off, whether it is on now; null for any other action. */
    public ObservableBooleanValue checked() {
        return checked;
    }

    /** An action {@code id} ("file.save") named by {@code menu.<id>} and described by {@code action.<id>}. */
    public static Builder of(String id, Runnable handler) {
        return new Builder(id, handler);
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return nameKey;
    }

    public String descriptionKey() {
        return descriptionKey;
    }

    /** The main key combination (null when there is none). */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** Further key combinations for the same action (keypad variants and the like). */
    public List<KeyCombination> alternates() {
        return alternates;
    }

    /** Every key combination of this action: the main one first. */
    public List<KeyCombination> keys() {
        List<KeyCombination> all = new ArrayList<>();
        if (accelerator != null) {
            all.add(accelerator);
        }
        all.addAll(alternates);
        return all;
    }

    /** Whether the keys are the focused text area's own (not installed as accelerators). */
    public boolean editorKeys() {
        return editorKeys;
    }

    /** When it can run (null: always). */
    public ObservableBooleanValue enabled() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled == null || enabled.get();
    }

    /** The Ikonli code of its toolbar icon ("mdi2c-content-save"; null: none, the toolbar shows its name). */
    public String icon() {
        return icon;
    }

    /** Runs the action if it is enabled. */
    public void run() {
        if (isEnabled()) {
            handler.run();
        }
    }

    /** Builds an {@link AppAction}. */
    public static final class Builder {
        private final String id;
        private final Runnable handler;
        private String nameKey;
        private String descriptionKey;
        private KeyCombination accelerator;
        private final List<KeyCombination> alternates = new ArrayList<>();
        private boolean editorKeys;
        private ObservableBooleanValue enabled;
        private String icon;
        private ObservableBooleanValue checked;

        private Builder(String id, Runnable handler) {
            this.id = Objects.requireNonNull(id);
            this.handler = Objects.requireNonNull(handler);
            this.nameKey = "menu." + id;
            this.descriptionKey = "action." + id;
        }

        /** The main keys, then alternates, in {@link KeyCombination#keyCombination} form ("Shortcut+S"). */
        public Builder keys(String main, String... more) {
            this.accelerator = KeyCombination.keyCombination(main);
            for (String other : more) {
                alternates.add(KeyCombination.keyCombination(other));
            }
            return this;
        }

        /** Keys the focused text area handles itself. */
        public Builder editorKeys(String main, String... more) {
            keys(main, more);
            this.editorKeys = true;
            return this;
        }

        public Builder enabledWhen(ObservableBooleanValue condition) {
            this.enabled = condition;
            return this;
        }

        public Builder named(String key) {
            this.nameKey = key;
            return this;
        }

        /** Its toolbar icon, an Ikonli code. */
        public Builder icon(String code) {
            this.icon = code;
            return this;
        }

        /** Shown with a check mark when {@code on} holds (its handler turns it over). */
        public Builder checked(ObservableBooleanValue on) {
            this.checked = on;
            return this;
        }

        public AppAction build() {
            return new AppAction(this);
        }
    }
}

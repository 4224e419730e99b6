package dev.mlsd.composer.ui.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCombination;

/**
 * Actions that differ only by a parameter, declared once: go to section N, open recent file N,
 * switch to language X. Its members may change (the recent files, the template's slots); menus
 * made from a family follow them. A family with a {@code selected} test is a choice of one member
 * (shown as radio items).
 */
public final class ActionFamily<P> {

    private final String id;
    private final String descriptionKey;
    private final Set<String> nameKeys;
    private final ObservableList<P> members;
    private final Function<P, String> memberId;
    private final Function<P, ActionName> name;
    private final IntFunction<KeyCombination> keyAt;
    private final int keyed;
    private final Consumer<P> handler;
    private final Predicate<P> selected;
    private final ObservableValue<?> selectionChanges;
    private final Function<P, String> styleClass;
    private final String icon;

    private ActionFamily(Builder<P> b) {
        this.id = b.id;
        this.descriptionKey = "action." + b.id;
        this.nameKeys = Set.copyOf(b.nameKeys);
        this.members = b.members;
        this.memberId = b.memberId;
        this.name = b.name;
        this.keyAt = b.keyAt;
        this.keyed = b.keyed;
        this.handler = b.handler;
        this.selected = b.selected;
        this.selectionChanges = b.selectionChanges;
        this.styleClass = b.styleClass;
        this.icon = b.icon;
    }

    /** A family {@code id} of {@code members}, each with a node id and a name, run by {@code handler}. */
    public static <P> Builder<P> of(String id, ObservableList<P> members, Function<P, String> memberId, Function<P, ActionName> name,
                                    Consumer<P> handler) {
        return new Builder<>(id, members, memberId, name, handler);
    }

    public String id() {
        return id;
    }

    public String descriptionKey() {
        return descriptionKey;
    }

    /** The message keys its members' names may use (literal names use none). */
    public Set<String> nameKeys() {
        return nameKeys;
    }

    public ObservableList<P> members() {
        return members;
    }

    public String memberId(P member) {
        return memberId.apply(member);
    }

    public ActionName name(P member) {
        return name.apply(member);
    }

    /** The keys of the member at {@code index} (null when it has none). */
    public KeyCombination keyAt(int index) {
        return index < keyed ? keyAt.apply(index) : null;
    }

    /** Every key combination the family may use, whatever its members are now. */
    public List<KeyCombination> keys() {
        List<KeyCombination> all = new ArrayList<>();
        for (int i = 0; i < keyed; i++) {
            all.add(keyAt.apply(i));
        }
        return all;
    }

    public void run(P member) {
        handler.accept(member);
    }

    /** Runs the member at {@code index}, if there is one. */
    public void runAt(int index) {
        if (index >= 0 && index < members.size()) {
            run(members.get(index));
        }
    }

    public boolean isChoice() {
        return selected != null;
    }

    public boolean isSelected(P member) {
        return selected != null && selected.test(member);
    }

    /** What changes the selection (null for a family that is not a choice). */
    public ObservableValue<?> selectionChanges() {
        return selectionChanges;
    }

    /** An extra style class for a member's menu item (null for none). */
    public String styleClass(P member) {
        return styleClass == null ? null : styleClass.apply(member);
    }

    /** The Ikonli code of its toolbar icon (null: none). */
    public String icon() {
        return icon;
    }

    /** Builds an {@link ActionFamily}. */
    public static final class Builder<P> {
        private final String id;
        private final ObservableList<P> members;
        private final Function<P, String> memberId;
        private final Function<P, ActionName> name;
        private final Consumer<P> handler;
        private final List<String> nameKeys = new ArrayList<>();
        private IntFunction<KeyCombination> keyAt = i -> null;
        private int keyed;
        private Predicate<P> selected;
        private ObservableValue<?> selectionChanges;
        private Function<P, String> styleClass;
        private String icon;

        private Builder(String id, ObservableList<P> members, Function<P, String> memberId, Function<P, ActionName> name,
                        Consumer<P> handler) {
            this.id = Objects.requireNonNull(id);
            this.members = members;
            this.memberId = memberId;
            this.name = name;
            this.handler = handler;
        }

        /** The message keys the names use. */
        public Builder<P> nameKeys(String... keys) {
            nameKeys.addAll(List.of(keys));
            return this;
        }

        /** Keys for the first {@code count} members, by position. */
        public Builder<P> keys(int count, IntFunction<KeyCombination> byIndex) {
            this.keyed = count;
            this.keyAt = byIndex;
            return this;
        }

        /** Makes the family a choice of one member: {@code test} tells the chosen one, re-read when {@code changes} changes. */
        public Builder<P> choice(Predicate<P> test, ObservableValue<?> changes) {
            this.selected = test;
            this.selectionChanges = changes;
            return this;
        }

        public Builder<P> styleClass(Function<P, String> classOf) {
            this.styleClass = classOf;
            return this;
        }

        /** Its toolbar icon, an Ikonli code (the toolbar offers the members in a menu button). */
        public Builder<P> icon(String code) {
            this.icon = code;
            return this;
        }

        public ActionFamily<P> build() {
            return new ActionFamily<>(this);
        }
    }
}

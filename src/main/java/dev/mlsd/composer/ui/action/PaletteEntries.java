package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCombination;

/** The command palette's lines, made from the catalogue as it is now: every action, and every family's members. */
public final class PaletteEntries {

    private final ActionCatalogue catalogue;
    private final Messages messages;

    public PaletteEntries(ActionCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    public List<PaletteEntry> now() {
        List<Messages> others = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES) {
            if (!language.equals(messages.locale())) {
                others.add(new Messages(language));
            }
        }
        List<PaletteEntry> entries = new ArrayList<>();
        for (AppAction action : catalogue.actions()) {
            List<String> otherNames = others.stream().map(m -> ActionText.plain(m.get(action.nameKey()))).toList();
            entries.add(new PaletteEntry(action.id(), ActionText.plain(messages.get(action.nameKey())), otherNames,
                    descriptions(action.descriptionKey(), others), ActionText.keys(action.keys()), action::isEnabled, action::run));
        }
        for (ActionFamily<?> family : catalogue.families()) {
            addMembers(family, others, entries);
        }
        return entries;
    }

    private <P> void addMembers(ActionFamily<P> family, List<Messages> others, List<PaletteEntry> into) {
        List<String> descriptions = descriptions(family.descriptionKey(), others);
        List<P> members = List.copyOf(family.members());
        for (int i = 0; i < members.size(); i++) {
            P member = members.get(i);
            ActionName name = family.name(member);
            List<String> otherNames = others.stream().map(m -> shown(name, m)).toList();
            KeyCombination key = family.keyAt(i);
            into.add(new PaletteEntry(family.id(), shown(name, messages), otherNames, descriptions,
                    key == null ? "" : key.getDisplayText(), () -> true, () -> family.run(member)));
        }
    }

    /** A literal name (a file's path) keeps its underscores; a message loses its mnemonic marks. */
    private static String shown(ActionName name, Messages in) {
        return name.isLiteral() ? name.text(in) : ActionText.plain(name.text(in));
    }

    private List<String> descriptions(String key, List<Messages> others) {
        List<String> all = new ArrayList<>();
        all.add(messages.get(key));
        others.forEach(m -> all.add(m.get(key)));
        return all;
    }
}

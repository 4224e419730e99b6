package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.spelling.SpellChecker;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A text area's context menu: for a misspelt word under the pointer (or the caret), up to five
 * corrections (looked up off the FX thread), Add to dictionary and Ignore; for a word of the user's
 * dictionary, Remove from dictionary; then Cut, Copy, Paste and Select All.
 */
public final class SpellingMenu {

    private final StyleClassedTextArea area;
    private final SpellingService service;
    private final Messages messages;
    private final ContextMenu menu = new ContextMenu();
    private int offset;

    private SpellingMenu(StyleClassedTextArea area, SpellingService service, Messages messages) {
        this.area = area;
        this.service = service;
        this.messages = messages;
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    /** Gives {@code area} this context menu. */
    public static SpellingMenu install(StyleClassedTextArea area, SpellingService service, Messages messages) {
        return new SpellingMenu(area, service, messages);
    }

    /**
     * The menu is about the word where it was asked for: under the pointer, or at the caret from the
     * keyboard. Shown here rather than by the area, which knows nothing of the word.
     */
    private void requested(ContextMenuEvent event) {
        event.consume();
        menu.hide();
        offset = area.getCaretPosition();
        if (!event.isKeyboardTrigger()) {
            int hit = area.hit(event.getX(), event.getY()).getInsertionIndex();
            if (hit < area.getSelection().getStart() || hit > area.getSelection().getEnd()) {
                area.moveTo(hit);
            }
            offset = hit;
        }
        fill();
        area.requestFocus();
        double x = event.getScreenX();
        double y = event.getScreenY();
        if (event.isKeyboardTrigger()) {
            // From the keyboard the event stands at the area's middle; the menu belongs under the caret.
            var caret = area.getCaretSelectionBind().getUnderlyingCaret().getCaretBounds();
            if (caret.isPresent()) {
                x = caret.get().getMinX();
                y = caret.get().getMaxY();
            }
        }
        menu.show(area, x, y);
    }

    /** The menu, for tests. */
    ContextMenu menu() {
        return menu;
    }

    private void fill() {
        List<MenuItem> items = new ArrayList<>();
        wordHere().ifPresent(word -> {
            if (isUnderlined(word)) {
                items.addAll(spellingItems(word));
                items.add(new SeparatorMenuItem());
            } else if (service.enabledProperty().get() && service.isUserWord(word.text())) {
                items.add(item("spelling-remove", messages.get("spelling.remove", word.text()), () -> service.remove(word.text())));
                items.add(new SeparatorMenuItem());
            }
        });
        items.add(item("spelling-cut", messages.get("menu.edit.cut"), area::cut));
        items.add(item("spelling-copy", messages.get("menu.edit.copy"), area::copy));
        items.add(item("spelling-paste", messages.get("menu.edit.paste"), area::paste));
        items.add(item("spelling-select-all", messages.get("menu.edit.selectAll"), area::selectAll));
        menu.getItems().setAll(items);
    }

    private List<MenuItem> spellingItems(SpellChecker.Word word) {
        MenuItem looking = item("spelling-looking", messages.get("spelling.looking"), () -> { });
        looking.setDisable(true);
        List<MenuItem> items = new ArrayList<>(List.of(looking, new SeparatorMenuItem(),
                item("spelling-add", messages.get("spelling.add", word.text()), () -> service.add(word.text())),
                item("spelling-ignore", messages.get("spelling.ignore", word.text()), () -> service.ignore(word.text()))));
        service.suggestions(word.text(), found -> {
            int at = menu.getItems().indexOf(looking);
            if (at < 0) {
                return; // the menu was shown again for another word meanwhile
            }
            List<MenuItem> suggestions = new ArrayList<>();
            for (int i = 0; i < found.size() && i < SpellChecker.MAX_SUGGESTIONS; i++) {
                String fix = found.get(i);
                MenuItem fixItem = item("spelling-suggestion-" + i, fix, () -> replace(word, fix));
                suggestions.add(fixItem);
            }
            if (suggestions.isEmpty()) {
                MenuItem none = item("spelling-none", messages.get("spelling.none"), () -> { });
                none.setDisable(true);
                suggestions.add(none);
            }
            menu.getItems().remove(at);
            menu.getItems().addAll(at, suggestions);
        });
        return items;
    }

    /** Replaces the word by a correction: one edit, so one undo step. */
    private void replace(SpellChecker.Word word, String fix) {
        if (word.end() <= area.getLength() && area.getText(word.start(), word.end()).equals(word.text())) {
            area.replaceText(word.start(), word.end(), fix);
        }
    }

    private Optional<SpellChecker.Word> wordHere() {
        if (area.getLength() == 0) {
            return Optional.empty();
        }
        var position = area.offsetToPosition(Math.min(offset, area.getLength()), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        int paragraphStart = area.getAbsolutePosition(position.getMajor(), 0);
        String paragraph = area.getParagraph(position.getMajor()).getText();
        return SpellChecker.wordAt(paragraph, position.getMinor())
                .map(w -> new SpellChecker.Word(w.text(), w.start() + paragraphStart, w.end() + paragraphStart));
    }

    private boolean isUnderlined(SpellChecker.Word word) {
        return service.enabledProperty().get() && area.getStyleOfChar(word.start()).contains(SpellingUnderlines.STYLE_CLASS);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(!id.startsWith("spelling-") || id.equals("spelling-cut") || id.equals("spelling-copy")
                || id.equals("spelling-paste") || id.equals("spelling-select-all"));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

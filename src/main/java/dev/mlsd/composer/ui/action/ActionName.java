package dev.mlsd.composer.ui.action;

import dev.mlsd.composer.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * How a member of an {@link ActionFamily} is named: a message with arguments, or a literal that is
 * not translated (a file's path, a language named in itself, an encoding's id).
 */
public record ActionName(String key, Object[] args, String literal) {

    public static ActionName message(String key, Object... args) {
        return new ActionName(key, args, null);
    }

    public static ActionName literal(String text) {
        return new ActionName(null, new Object[0], text);
    }

    public boolean isLiteral() {
        return key == null;
    }

    /** The name now, in the UI language. */
    public String text(Messages messages) {
        return isLiteral() ? literal : messages.get(key, args);
    }

    /** The name, following the UI language. */
    public StringBinding binding(Messages messages) {
        return isLiteral() ? Bindings.createStringBinding(() -> literal) : messages.text(key, args);
    }
}

package dev.mlsd.composer.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The UI's strings, from {@code i18n/messages*.properties}, in the current UI language. Texts are
 * bound, so switching the language relabels the open window at once.
 */
public final class Messages {

    /** The UI languages, in the order the View menu lists them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    /**
     * Each UI language named in itself, as the Language menu lists it in either UI language (a
     * name, not a text to translate; asking the JDK's locale data for it cost the first frame 15 ms).
     */
    private static final Map<String, String> SELF_NAMES = Map.of("en", "English", "ru", "Русский");

    private static final String BUNDLE = "i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;
    private Locale bundleLocale;

    public Messages(Locale initial) {
        locale.set(supported(initial));
    }

    /** The language's name in itself: "English", "Русский". */
    public static String nameInItself(Locale language) {
        return SELF_NAMES.get(language.getLanguage());
    }

    /** The supported language closest to {@code wanted}: Russian for "ru", English otherwise. */
    public static Locale supported(Locale wanted) {
        if (wanted != null && "ru".equals(wanted.getLanguage())) {
            return LANGUAGES.get(1);
        }
        return LANGUAGES.get(0);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale wanted) {
        locale.set(supported(wanted));
    }

    /** The text of {@code key} now, with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The text of {@code key}, following the UI language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** The text of {@code key} with one changing argument, following the language and the argument. */
    public StringBinding text(String key, ObservableValue<?> arg) {
        return Bindings.createStringBinding(() -> get(key, arg.getValue()), locale, arg);
    }

    /**
     * The bundle of the current locale. Looked up here rather than in a listener on the locale,
     * because bindings may recompute before a change listener would have run.
     */
    private ResourceBundle bundle() {
        Locale current = locale.get();
        if (!current.equals(bundleLocale)) {
            bundle = load(current);
            bundleLocale = current;
        }
        return bundle;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

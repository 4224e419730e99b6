package dev.mlsd.composer.ui.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The actions' toolbar icons: the outlines of Ikonli's Material Design glyphs, as SVG paths in
 * {@code /icons/action-icons.properties}, recorded from the icon font by {@code ActionIconsTest}. An
 * icon font took 50-200 ms of the first frame (its resolver's service scan, an enum of a thousand
 * glyphs per letter, a 1.3 MB font copied to a temporary file and loaded) for six small shapes.
 */
public final class ActionIcons {

    /** The icons' size in pixels: the size their outlines were recorded at. */
    public static final int SIZE = 17;

    static final String RESOURCE = "/icons/action-icons.properties";

    private final Properties paths = new Properties();

    public ActionIcons() {
        try (InputStream in = ActionIcons.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                paths.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The icon for Ikonli code {@code code} ("mdi2c-content-save"), or null when none was recorded for it. */
    public ActionIcon icon(String code) {
        String path = paths.getProperty(code);
        return path == null ? null : new ActionIcon(code, path);
    }
}

package dev.mlsd.composer.ui.theme;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.util.function.BooleanSupplier;
import javafx.application.Application;

/**
 * The look of the app, from the settings: AtlantaFX's Primer Light or Dark as the user agent
 * stylesheet (app.css takes its colours from the theme's looked-up colours). "Follow the system"
 * starts light and turns dark once the desktop has been asked, off the FX thread, so asking
 * never delays the first frame; a file that says dark is dark before the window shows.
 */
public final class ThemeKeeper {

    // AtlantaFX's own classes are built for Java 21 and this app runs on 17: only its stylesheets are used.
    private static final String LIGHT = stylesheet("primer-light.css");
    private static final String DARK = stylesheet("primer-dark.css");

    private final SettingsKeeper settings;
    private boolean systemPrefersDark;

    public ThemeKeeper(SettingsKeeper settings, Background background, BooleanSupplier systemPrefersDark) {
        this.settings = settings;
        apply();
        settings.settingsProperty().addListener((obs, old, now) -> {
            if (old.theme() != now.theme()) {
                apply();
            }
        });
        // Asked whatever the setting: the user may switch to "Follow the system" later.
        background.run(systemPrefersDark::getAsBoolean, prefers -> {
            this.systemPrefersDark = prefers;
            if (settings.get().theme() == Settings.Theme.SYSTEM) {
                apply();
            }
        }, e -> { });
    }

    /** Chooses a theme (View → Theme). */
    public void choose(Settings.Theme theme) {
        settings.update(s -> s.withTheme(theme));
    }

    private void apply() {
        Settings.Theme theme = settings.get().theme();
        boolean nowDark = theme == Settings.Theme.DARK || theme == Settings.Theme.SYSTEM && systemPrefersDark;
        String sheet = nowDark ? DARK : LIGHT;
        // Setting it restyles every scene: only when it changes.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    private static String stylesheet(String name) {
        // AtlantaFX's own stylesheets, which the build copies into /theme/ with their binary form (.bss)
        // beside them (see pom.xml): JavaFX then reads the binary one, without parsing 165 KB of text.
        return ThemeKeeper.class.getResource("/theme/" + name).toExternalForm();
    }
}

package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;

/**
 * The text size of the editors and the preview (and any text area styled {@code .zoomed-text}),
 * kept in the settings. The size is one CSS rule in a stylesheet of its own on the scene, swapped
 * when the size changes, so areas made later (another template's sections) get it too and no
 * node is touched one by one.
 */
public final class FontZoom {

    private static final String RULE = ".section-area .text, .preview-area .text, .zoomed-text .text { -fx-font-size: %dpx; }";

    private final SettingsKeeper settings;
    private final Messages messages;
    private final Consumer<String> status;
    private Scene scene;
    private String sheet;

    public FontZoom(SettingsKeeper settings, Messages messages, Consumer<String> status) {
        this.settings = settings;
        this.messages = messages;
        this.status = status;
    }

    /**
     * Applies the size to {@code target} now and on every change, and lets Ctrl+wheel over
     * {@code wheelAreas} zoom. JavaFX's font "points" are CSS pixels, hence px in the rule.
     */
    public void install(Scene target, Node... wheelAreas) {
        scene = target;
        apply(settings.get().fontSize());
        settings.settingsProperty().addListener((obs, old, now) -> {
            if (old.fontSize() != now.fontSize()) {
                apply(now.fontSize());
            }
        });
        for (Node area : wheelAreas) {
            area.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (e.isShortcutDown() && e.getDeltaY() != 0) {
                    change(e.getDeltaY() > 0 ? 1 : -1);
                    e.consume();
                }
            });
        }
    }

    public void zoomIn() {
        change(1);
    }

    public void zoomOut() {
        change(-1);
    }

    public void reset() {
        set(Settings.DEFAULT_FONT_SIZE);
    }

    /** The size now, in points. */
    public int size() {
        return settings.get().fontSize();
    }

    private void change(int step) {
        set(size() + step);
    }

    private void set(int size) {
        int clamped = Settings.clampFontSize(size);
        settings.update(s -> s.withFontSize(clamped));
        status.accept(messages.get("status.zoom", clamped));
    }

    private void apply(int size) {
        String css = String.format(RULE, size);
        String next = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        if (sheet != null) {
            scene.getStylesheets().remove(sheet);
        }
        scene.getStylesheets().add(next);
        sheet = next;
    }
}

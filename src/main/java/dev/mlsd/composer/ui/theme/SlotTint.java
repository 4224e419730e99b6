package dev.mlsd.composer.ui.theme;

import dev.mlsd.composer.core.model.Template;

/**
 * The tint that marks a section's text, the same in its editor and in the preview: the style class
 * of the slot's position in the template (six tints, then they repeat; {@code app.css} has them).
 */
public final class SlotTint {

    private static final int TINTS = 6;

    private SlotTint() {
    }

    /** The style class of the slot at {@code index} (0-based) of its template. */
    public static String styleClass(int index) {
        return "slot-" + (Math.max(index, 0) % TINTS);
    }

    /** The style class of {@code slotId}'s text in {@code template} (a detached slot takes the first tint). */
    public static String styleClass(Template template, String slotId) {
        return styleClass(template.slotIds().indexOf(slotId));
    }
}

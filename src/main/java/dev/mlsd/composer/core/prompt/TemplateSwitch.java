package dev.mlsd.composer.core.prompt;

import dev.mlsd.composer.core.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving a project's sections to another template: the text of a slot with the same id carries
 * over; text of a slot the new template lacks goes where the user says, or stays in the project
 * as detached text (kept and saved, not in the prompt). Nothing is dropped.
 */
public final class TemplateSwitch {

    private TemplateSwitch() {
    }

    /** The ids of sections holding text that the new template has no slot for. */
    public static List<String> leftBehind(Map<String, String> sections, Template to) {
        List<String> ids = new ArrayList<>();
        sections.forEach((slot, text) -> {
            if (to.slot(slot).isEmpty() && !text.isBlank()) {
                ids.add(slot);
            }
        });
        return ids;
    }

    /**
     * The sections for {@code to}: its slots in order (text carried over by id), each left-behind
     * section appended to the slot {@code destinations} names for it (after a blank line), or kept
     * under its own id as detached text when it names none.
     */
    public static Map<String, String> carryOver(Map<String, String> sections, Template to, Map<String, String> destinations) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String slot : to.slotIds()) {
            result.put(slot, sections.getOrDefault(slot, ""));
        }
        sections.forEach((slot, text) -> {
            if (to.slot(slot).isPresent()) {
                return;
            }
            String target = destinations.get(slot);
            if (target != null && to.slot(target).isPresent()) {
                String there = result.get(target);
                result.put(target, there.isBlank() ? text : there.stripTrailing() + "\n\n" + text);
            } else if (!text.isEmpty()) {
                result.put(slot, text);
            }
        });
        return result;
    }
}

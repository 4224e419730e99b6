package dev.mlsd.composer.core.export;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import java.util.Map;

/**
 * Sections 1–3 as a Markdown document: each slot's title as a level-1 heading, a blank line, its
 * text, a blank line. Importing the document gives the same sections back, as long as no section
 * holds a level-1 heading of its own (which would end the section early).
 */
public final class SectionsDocument {

    private SectionsDocument() {
    }

    public static String render(Template template, Map<String, String> sections) {
        StringBuilder out = new StringBuilder();
        for (Slot slot : template.slots()) {
            String text = sections.getOrDefault(slot.id(), "");
            out.append("# ").append(slot.title()).append("\n\n");
            if (!text.isEmpty()) {
                out.append(text);
                if (!text.endsWith("\n")) {
                    out.append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}

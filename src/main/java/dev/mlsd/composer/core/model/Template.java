package dev.mlsd.composer.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed prompt template: its front matter, its body split into parts, and the notices
 * found while parsing (unknown placeholders, unused slots). {@code source} is the full file text;
 * {@code answer} is what it expects of the assistant's answer, or null.
 */
public record Template(
        String id,
        String title,
        String language,
        String description,
        List<Slot> slots,
        List<TemplatePart> parts,
        List<String> notices,
        String source,
        AnswerSpec answer) {

    public Template {
        description = description == null ? "" : description;
        slots = List.copyOf(slots);
        parts = List.copyOf(parts);
        notices = List.copyOf(notices);
    }

    public Template(String id, String title, String language, String description, List<Slot> slots,
                    List<TemplatePart> parts, List<String> notices, String source) {
        this(id, title, language, description, slots, parts, notices, source, null);
    }

    /** What the template declares about the answer, if it declares anything ({@code answer:} in its front matter). */
    public Optional<AnswerSpec> answerSpec() {
        return Optional.ofNullable(answer);
    }

    public Optional<Slot> slot(String slotId) {
        return slots.stream().filter(s -> s.id().equals(slotId)).findFirst();
    }

    public List<String> slotIds() {
        return slots.stream().map(Slot::id).toList();
    }
}

package dev.mlsd.composer.core.model;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A draft: the template it was made with (id and full source, so it renders the same anywhere),
 * the text of each section by slot id, and its times. {@code unknownFields} are fields of the
 * file this version does not know; they are written back unchanged. {@code migratedFrom} is the
 * format the file had when it was read from an older format (null when it needed no upgrade).
 */
public record Project(
        String templateId,
        String templateSource,
        Map<String, String> sections,
        Instant created,
        Instant modified,
        UnknownFields unknownFields,
        Integer migratedFrom) {

    /** {@code sections} and {@code templateSource} are text as the app holds it: normalised where it was decoded. */
    public Project {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        Objects.requireNonNull(unknownFields, "unknownFields");
    }

    public Project(String templateId, String templateSource, Map<String, String> sections, Instant created,
                   Instant modified, UnknownFields unknownFields) {
        this(templateId, templateSource, sections, created, modified, unknownFields, null);
    }

    /** A new project for {@code template} holding {@code sections}, which may come from anywhere (they are normalised). */
    public static Project create(Template template, Map<String, String> sections, Instant now) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Slot slot : template.slots()) {
            ordered.put(slot.id(), TextNormalizer.normalize(sections.getOrDefault(slot.id(), "")));
        }
        sections.forEach((slot, text) -> ordered.computeIfAbsent(slot, s -> TextNormalizer.normalize(text)));
        return new Project(template.id(), template.source(), ordered, now, now, UnknownFields.none());
    }

    public String section(String slotId) {
        return sections.getOrDefault(slotId, "");
    }

    public Project withSections(Map<String, String> newSections, Instant now) {
        return new Project(templateId, templateSource, newSections, created, now, unknownFields, migratedFrom);
    }

    /** This project as it is once written in the current format. */
    public Project upgraded() {
        return new Project(templateId, templateSource, sections, created, modified, unknownFields, null);
    }
}

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
 * {@code historySource} gives the recorded versions and the answers to them ({@link #history()}),
 * read from the file when first asked for when the project was just read.
 *
 * <p>Equality is by value: the history and the unknown fields as {@link #history()} and
 * {@link #unknownFields()} give them, however they are held.
 */
public record Project(
        String templateId,
        String templateSource,
        Map<String, String> sections,
        Instant created,
        Instant modified,
        UnknownFields unknownFields,
        Integer migratedFrom,
        HistorySource historySource) {

    /** {@code sections} and {@code templateSource} are text as the app holds it: normalised where it was decoded. */
    public Project {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        Objects.requireNonNull(unknownFields, "unknownFields");
        historySource = historySource == null ? HistorySource.of(History.empty()) : historySource;
    }

    public Project(String templateId, String templateSource, Map<String, String> sections, Instant created,
                   Instant modified, UnknownFields unknownFields, Integer migratedFrom, History history) {
        this(templateId, templateSource, sections, created, modified, unknownFields, migratedFrom, HistorySource.of(history));
    }

    public Project(String templateId, String templateSource, Map<String, String> sections, Instant created,
                   Instant modified, UnknownFields unknownFields, Integer migratedFrom) {
        this(templateId, templateSource, sections, created, modified, unknownFields, migratedFrom, History.empty());
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

    /**
     * The versions and answers. For a project just read from a file this may read the rest of the file
     * (and fail unchecked when it is broken): a freshly read project is completed off the FX thread.
     */
    public History history() {
        return historySource.history();
    }

    /** The file's unknown fields, those after its history included (this may read the rest of the file, as {@link #history()}). */
    @Override
    public UnknownFields unknownFields() {
        return unknownFields.followedBy(historySource.fieldsAfter());
    }

    public String section(String slotId) {
        return sections.getOrDefault(slotId, "");
    }

    public Project withSections(Map<String, String> newSections, Instant now) {
        return new Project(templateId, templateSource, newSections, created, now, unknownFields, migratedFrom, historySource);
    }

    /** This project with {@code newHistory}; like an edit, it changes the modification time. */
    public Project withHistory(History newHistory, Instant now) {
        return new Project(templateId, templateSource, sections, created, now, unknownFields(), migratedFrom, newHistory);
    }

    /**
     * This project's text with the versions and answers of both this and {@code other}, another copy of
     * the same file (changed outside while it was open): whichever text is kept, nothing either side
     * added to the history is lost (see {@link History#merge}).
     */
    public Project withHistoryMergedFrom(Project other) {
        return new Project(templateId, templateSource, sections, created, modified, unknownFields(), migratedFrom,
                history().merge(other.history()));
    }

    /** This project as it is once written in the current format. */
    public Project upgraded() {
        return new Project(templateId, templateSource, sections, created, modified, unknownFields, null, historySource);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && Objects.equals(templateId, other.templateId)
                && Objects.equals(templateSource, other.templateSource) && sections.equals(other.sections) && Objects.equals(created, other.created) && Objects.equals(modified, other.modified)
                && unknownFields().equals(other.unknownFields()) && Objects.equals(migratedFrom, other.migratedFrom)
                && history().equals(other.history());
    }

    @Override
    public int hashCode() {
        return Objects.hash(templateId, templateSource, sections, created, modified, unknownFields(), migratedFrom, history());
    }
}

package dev.mlsd.composer.core.model;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded state of a project: the sections and the template copy exactly as they were, so the
 * prompt re-renders byte for byte. {@code number} is never reused within a project; {@code label} is
 * null when none was given; {@code tokens} is the prompt's {@code o200k_base} count when recorded.
 *
 * <p>The texts are taken as they are, already in the normal form of {@link TextNormalizer}: a version
 * is made from a {@link Project} (whose texts are normal) or read by the codec (which normalises), and
 * checking again costs most of the time of opening a long history (200 versions of a 300 KB draft).
 */
public record Version(int number, String label, Instant created, String templateId, String templateSource,
                      Map<String, String> sections, int tokens) {

    public Version {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateSource, "templateSource");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        label = label == null || label.isBlank() ? null : label.strip();
    }

    public String section(String slotId) {
        return sections.getOrDefault(slotId, "");
    }

    /** True when this version holds exactly {@code project}'s sections and template copy (what the prompt is made of). */
    public boolean sameContentAs(Project project) {
        return templateId.equals(project.templateId()) && templateSource.equals(project.templateSource())
                && sections.equals(project.sections());
    }

    /** True when both hold the same content and time: the same version seen from two copies of a file. */
    public boolean sameAs(Version other) {
        return number == other.number && created.equals(other.created) && templateId.equals(other.templateId)
                && templateSource.equals(other.templateSource) && sections.equals(other.sections);
    }

    public Version withLabel(String newLabel) {
        return new Version(number, newLabel, created, templateId, templateSource, sections, tokens);
    }

    Version renumbered(int newNumber) {
        return new Version(newNumber, label, created, templateId, templateSource, sections, tokens);
    }
}

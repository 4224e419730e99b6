package dev.mlsd.composer.core.model;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A recorded state of a project: the sections and the template copy exactly as they were, so the
 * prompt re-renders byte for byte. {@code number} is never reused within a project; {@code label} is
 * null when none was given; {@code tokens} is the prompt's {@code o200k_base} count when recorded.
 *
 * <p>The texts are taken as they are, already in the normal form of {@link TextNormalizer}: a version
 * is made from a {@link Project} (whose texts are normal) or read by the codec (which normalises). A
 * version read from a file gets its texts as a supplier and works them out on first use: a file keeps
 * most versions as line changes against the one before, and rebuilding 200 of them was most of the
 * time of opening a long history, though a session looks at a few.
 */
public final class Version {

    private final int number;
    private final String label;
    private final Instant created;
    private final String templateId;
    private final Memo<VersionTexts> texts;
    private final int tokens;

    public Version(int number, String label, Instant created, String templateId, String templateSource,
                   Map<String, String> sections, int tokens) {
        this(number, label, created, templateId, Memo.known(new VersionTexts(templateSource, sections)), tokens);
    }

    private Version(int number, String label, Instant created, String templateId, Memo<VersionTexts> texts, int tokens) {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        this.number = number;
        this.label = label == null || label.isBlank() ? null : label.strip();
        this.created = Objects.requireNonNull(created, "created");
        this.templateId = Objects.requireNonNull(templateId, "templateId");
        this.texts = texts;
        this.tokens = tokens;
    }

    /** A version whose texts {@code texts} gives when they are first asked for (normalised, as a file's reader gives them). */
    public static Version stored(int number, String label, Instant created, String templateId, int tokens,
                                 Supplier<VersionTexts> texts) {
        return new Version(number, label, created, templateId, Memo.of(texts), tokens);
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public Instant created() {
        return created;
    }

    public String templateId() {
        return templateId;
    }

    public String templateSource() {
        return texts.get().templateSource();
    }

    public Map<String, String> sections() {
        return texts.get().sections();
    }

    public int tokens() {
        return tokens;
    }

    /**
     * What this version's texts were read from (null when they were given): a file's writer may copy
     * them back in the form they were read, without working them out.
     */
    public Supplier<? extends VersionTexts> storedTexts() {
        return texts.source();
    }

    /** True when the texts have been worked out (or were given): reading them costs nothing more. */
    public boolean textsKnown() {
        return texts.isKnown();
    }

    public String section(String slotId) {
        return sections().getOrDefault(slotId, "");
    }

    /** True when this version holds exactly {@code project}'s sections and template copy (what the prompt is made of). */
    public boolean sameContentAs(Project project) {
        return templateId.equals(project.templateId()) && templateSource().equals(project.templateSource())
                && sections().equals(project.sections());
    }

    /** True when both hold the same content and time: the same version seen from two copies of a file. */
    public boolean sameAs(Version other) {
        return number == other.number && created.equals(other.created) && templateId.equals(other.templateId)
                && (texts == other.texts || texts.get().equals(other.texts.get()));
    }

    public Version withLabel(String newLabel) {
        return new Version(number, newLabel, created, templateId, texts, tokens);
    }

    Version renumbered(int newNumber) {
        return new Version(newNumber, label, created, templateId, texts, tokens);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version other && number == other.number && tokens == other.tokens
                && Objects.equals(label, other.label) && created.equals(other.created) && templateId.equals(other.templateId)
                && (texts == other.texts || texts.get().equals(other.texts.get()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, label, created, templateId, tokens);
    }

    @Override
    public String toString() {
        return "Version[number=" + number + ", label=" + label + ", created=" + created + ", templateId=" + templateId
                + ", tokens=" + tokens + "]";
    }
}

package dev.mlsd.composer.core.model;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * An assistant's answer to the prompt of a version, pasted or typed back. {@code id} is stable and
 * never reused, so other parts of a project (a later template's input) can refer to it; {@code model}
 * is the free-text name of the assistant, or null. An answer read from a file reads its text on first
 * use: 200 answers of a few KB each were a third of a long history's opening time.
 */
public final class Answer {

    /** What an id may look like: short, safe on a command line and in a file name. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final String id;
    private final int version;
    private final Instant created;
    private final String model;
    private final Memo<String> text;

    public Answer(String id, int version, Instant created, String model, String text) {
        this(id, version, created, model, Memo.known(TextNormalizer.normalize(text)));
    }

    private Answer(String id, int version, Instant created, String model, Memo<String> text) {
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("not an answer id: " + id);
        }
        this.id = id;
        this.version = version;
        this.created = Objects.requireNonNull(created, "created");
        this.model = model == null || model.isBlank() ? null : model.strip();
        this.text = text;
    }

    /** An answer whose text {@code text} gives (in any form: it is normalised) when it is first asked for. */
    public static Answer stored(String id, int version, Instant created, String model, Supplier<String> text) {
        return new Answer(id, version, created, model, Memo.of(() -> TextNormalizer.normalize(text.get())));
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Instant created() {
        return created;
    }

    public String model() {
        return model;
    }

    public String text() {
        return text.get();
    }

    Answer forVersion(int newVersion) {
        return new Answer(id, newVersion, created, model, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answer other && id.equals(other.id) && version == other.version && created.equals(other.created)
                && Objects.equals(model, other.model) && (text == other.text || text().equals(other.text()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, created, model);
    }

    @Override
    public String toString() {
        return "Answer[id=" + id + ", version=" + version + ", created=" + created + ", model=" + model + "]";
    }
}

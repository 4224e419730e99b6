package dev.mlsd.composer.core.model;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An assistant's answer to the prompt of a version, pasted or typed back. {@code id} is stable and
 * never reused, so other parts of a project (a later template's input) can refer to it; {@code model}
 * is the free-text name of the assistant, or null.
 */
public record Answer(String id, int version, Instant created, String model, String text) {

    /** What an id may look like: short, safe on a command line and in a file name. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Answer {
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("not an answer id: " + id);
        }
        Objects.requireNonNull(created, "created");
        model = model == null || model.isBlank() ? null : model.strip();
        text = TextNormalizer.normalize(text);
    }

    Answer forVersion(int newVersion) {
        return new Answer(id, newVersion, created, model, text);
    }
}

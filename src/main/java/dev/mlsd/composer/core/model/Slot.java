package dev.mlsd.composer.core.model;

import java.util.List;

/** One input section a template asks for: its id (used in {@code {{id}}}), title, hint and guiding questions. */
public record Slot(String id, String title, String hint, List<String> questions) {

    public Slot {
        hint = hint == null ? "" : hint;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}

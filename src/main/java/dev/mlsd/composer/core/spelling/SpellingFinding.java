package dev.mlsd.composer.core.spelling;

import dev.mlsd.composer.core.lint.Finding;
import java.util.List;

/** A lint finding of rule {@code spelling} with the corrections offered for its word (at most five). */
public record SpellingFinding(Finding finding, List<String> suggestions) {

    public SpellingFinding {
        suggestions = List.copyOf(suggestions);
    }
}

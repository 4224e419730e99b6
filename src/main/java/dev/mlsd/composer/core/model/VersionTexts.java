package dev.mlsd.composer.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a version's prompt is made of: its template copy and its sections by slot id. */
public record VersionTexts(String templateSource, Map<String, String> sections) {

    public VersionTexts {
        Objects.requireNonNull(templateSource, "templateSource");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }
}

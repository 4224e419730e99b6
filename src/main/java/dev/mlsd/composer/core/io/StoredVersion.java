package dev.mlsd.composer.core.io;

import dev.mlsd.composer.core.model.VersionTexts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A version's texts as its file keeps them: the template copy and each section, each rebuilt on first use. */
record StoredVersion(StoredText templateSource, Map<String, StoredText> sections) implements Supplier<VersionTexts> {

    @Override
    public VersionTexts get() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((slot, text) -> texts.put(slot, text.get()));
        return new VersionTexts(templateSource.get(), texts);
    }
}

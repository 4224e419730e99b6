package dev.mlsd.composer.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JournalFormatProperties {

    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());

    @Property(tries = 300)
    void anEntryReadsBackExactly(@ForAll("texts") String problem, @ForAll("texts") String data, @ForAll boolean saved)
            throws JournalException {
        Project project = Project.create(templates.defaultTemplate(), Map.of("problem", problem, "data", data),
                Instant.parse("2026-01-02T03:04:05Z"));
        JournalEntry entry = new JournalEntry(saved ? Path.of("/home/u/мой проект.mlsd") : null, Instant.parse("2026-05-06T07:08:09Z"), project);
        JournalEntry back = JournalFormat.decode(JournalFormat.encode(entry));
        assertThat(back).isEqualTo(entry);
        assertThat(back.project().section("problem")).isEqualTo(TextNormalizer.normalize(problem));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Texts.tricky(),
                Arbitraries.of("--- section data 3 ---\nabc\n", "--- template 0 ---", "\n\n---", "MLSD Composer recovery journal 1\n"));
    }
}

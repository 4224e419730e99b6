package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProjectCodecProperties {

    private final ProjectCodec codec = new ProjectCodec();
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    @Property(tries = 300)
    void aProjectFileRoundTripsAnyText(@ForAll("texts") String problem, @ForAll("texts") String metrics, @ForAll("texts") String data)
            throws BadInputException {
        Project project = Project.create(template, Map.of("problem", problem, "metrics", metrics, "data", data),
                Instant.parse("2026-01-01T00:00:00Z"));
        Project back = codec.decode(codec.encode(project));
        assertThat(back.section("problem")).isEqualTo(TextNormalizer.normalize(problem));
        assertThat(back.section("metrics")).isEqualTo(TextNormalizer.normalize(metrics));
        assertThat(back.section("data")).isEqualTo(TextNormalizer.normalize(data));
        assertThat(back).isEqualTo(project);
    }

    @Provide
    Arbitrary<String> texts() {
        return Texts.tricky();
    }
}

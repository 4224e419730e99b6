package dev.mlsd.composer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PromptAssemblerProperties {

    private static final List<String> SLOTS = List.of("problem", "metrics", "data");

    private final TemplateParser parser = new TemplateParser();
    private final PromptAssembler assembler = new PromptAssembler();

    @Property(tries = 300)
    void eachSlotsTextAppearsOnceVerbatimAndTheTemplateTextIsUnchanged(
            @ForAll("templates") String templateSource,
            @ForAll("texts") String problem, @ForAll("texts") String metrics, @ForAll("texts") String data)
            throws TemplateException {
        Template template = parser.parse(templateSource);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("problem", TextNormalizer.normalize(problem));
        values.put("metrics", TextNormalizer.normalize(metrics));
        values.put("data", TextNormalizer.normalize(data));

        AssembledPrompt filled = assembler.assemble(template, values);
        AssembledPrompt empty = assembler.assemble(template, Map.of());

        for (String slot : SLOTS) {
            List<Span> spans = filled.spansOf(slot);
            assertThat(spans).hasSize(1);
            assertThat(filled.text().substring(spans.get(0).start(), spans.get(0).end())).isEqualTo(values.get(slot));
        }
        StringBuilder templateText = new StringBuilder();
        for (Span span : filled.spans()) {
            if (span.fromTemplate()) {
                templateText.append(filled.text(), span.start(), span.end());
            }
        }
        assertThat(templateText.toString()).isEqualTo(empty.text());
    }

    @Provide
    Arbitrary<String> texts() {
        return Texts.tricky();
    }

    /** Templates whose body mixes tricky literal text with each slot's placeholder exactly once. */
    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> literal = Texts.tricky().map(s -> s.replace("{{problem}}", "{ {problem}}")
                .replace("{{metrics}}", "x").replace("{{data}}", "y"));
        return Combinators.combine(literal, literal, literal, literal, Arbitraries.shuffle(SLOTS))
                .as((a, b, c, d, order) -> "---\nid: gen\ntitle: Generated\nslots:\n"
                        + "  - id: problem\n    title: P\n  - id: metrics\n    title: M\n  - id: data\n    title: D\n---\n"
                        + safe(a) + "{{" + order.get(0) + "}}" + safe(b) + "{{" + order.get(1) + "}}"
                        + safe(c) + "{{" + order.get(2) + "}}" + safe(d));
    }

    /** Literal text must not end in '\\' or '{', which would change the placeholder after it. */
    private static String safe(String literal) {
        String s = literal;
        while (s.endsWith("\\") || s.endsWith("{")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}

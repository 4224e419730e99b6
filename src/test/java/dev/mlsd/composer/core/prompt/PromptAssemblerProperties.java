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

    /** Any number of slots with any ids, in any order, between tricky literal text. */
    @Property(tries = 300)
    void substitutionIsOnePassForAnySlots(@ForAll("slotIds") List<String> ids, @ForAll("literals") List<String> literals,
                                           @ForAll("valueLists") List<String> values) throws TemplateException {
        // A literal that happens to spell one of the placeholders would be a second placeholder, not literal text.
        net.jqwik.api.Assume.that(literals.stream().noneMatch(l -> ids.stream().anyMatch(id -> l.replace(" ", "").contains("{{" + id + "}}"))));
        StringBuilder source = new StringBuilder("---\nid: gen\ntitle: Generated\nslots:\n");
        ids.forEach(id -> source.append("  - id: ").append(id).append("\n    title: ").append(id.toUpperCase()).append('\n'));
        source.append("---\n");
        for (int i = 0; i < ids.size(); i++) {
            source.append(safe(literals.get(i % literals.size()))).append("{{").append(ids.get(i)).append("}}");
        }
        source.append(literals.get(literals.size() - 1));
        Template template = parser.parse(source.toString());
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            sections.put(ids.get(i), TextNormalizer.normalize(values.get(i % values.size())));
        }
        AssembledPrompt filled = assembler.assemble(template, sections);
        for (String id : ids) {
            Span span = filled.spansOf(id).get(0);
            assertThat(filled.spansOf(id)).hasSize(1);
            assertThat(filled.text().substring(span.start(), span.end())).isEqualTo(sections.get(id));
        }
        StringBuilder templateText = new StringBuilder();
        filled.spans().stream().filter(Span::fromTemplate).forEach(span -> templateText.append(filled.text(), span.start(), span.end()));
        assertThat(templateText.toString()).isEqualTo(assembler.assemble(template, Map.of()).text());
    }

    @Provide
    Arbitrary<List<String>> slotIds() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .filter(id -> !id.equals("problem") && !id.equals("metrics") && !id.equals("data") && !id.equals("null"))
                .list().uniqueElements().ofMinSize(1).ofMaxSize(6).map(ids -> {
                    java.util.List<String> shuffled = new java.util.ArrayList<>(ids);
                    java.util.Collections.shuffle(shuffled, new java.util.Random(ids.hashCode()));
                    return shuffled;
                });
    }

    @Provide
    Arbitrary<List<String>> literals() {
        return Texts.tricky().list().ofMinSize(1).ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<String>> valueLists() {
        return Texts.tricky().list().ofMinSize(1).ofMaxSize(6);
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

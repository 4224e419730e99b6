package dev.mlsd.composer.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the calculator caches while a user types, its numbers equal counting everything afresh. */
class StatsCalculatorProperties {

    private static final TokenCounter COUNTER = new TokenCounter();
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    record Step(String slot, String text) {
    }

    @Property(tries = 60)
    void cachingNeverChangesAResult(@ForAll("steps") List<Step> steps) {
        StatsCalculator cached = new StatsCalculator(COUNTER);
        Map<String, String> sections = new HashMap<>();
        for (Step step : steps) {
            sections.put(step.slot(), TextNormalizer.normalize(step.text()));
            PromptStats stats = cached.stats(template, sections);
            String prompt = new PromptAssembler().assemble(template, sections).text();
            for (TokenEncoding encoding : TokenEncoding.values()) {
                assertThat(stats.tokens(encoding)).isEqualTo(COUNTER.count(encoding, prompt));
                for (String slot : template.slotIds()) {
                    assertThat(stats.sections().get(slot).tokens().get(encoding))
                            .isEqualTo(COUNTER.count(encoding, sections.getOrDefault(slot, "")));
                }
            }
            assertThat(stats.chars()).isEqualTo(TextCounts.of(prompt).chars());
            assertThat(stats.words()).isEqualTo(TextCounts.of(prompt).words());
            assertThat(stats).isEqualTo(new StatsCalculator(COUNTER).stats(template, sections));
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> slot = Arbitraries.of("problem", "metrics", "data");
        Arbitrary<String> text = Arbitraries.oneOf(Texts.tricky(), Arbitraries.of("a", "ab", "abc", " ", "\n", "ещё", "PR-AUC ≥ 0.35"));
        return Combinators.combine(slot, text).as(Step::new).list().ofMinSize(1).ofMaxSize(12);
    }
}

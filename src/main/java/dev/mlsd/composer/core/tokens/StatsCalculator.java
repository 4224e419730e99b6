package dev.mlsd.composer.core.tokens;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.text.TextCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of a prompt and its sections. Repeated calls while a user types reuse the counts of
 * texts that did not change; a cached count is only ever reused for an identical text, so the
 * result is always the same as counting everything afresh. Not for concurrent use.
 */
public final class StatsCalculator {

    private final TokenCounter counter;
    private final PromptAssembler assembler = new PromptAssembler();
    private final Map<String, Map<TokenEncoding, Integer>> sectionCache = new LinkedHashMap<>();
    private String lastPrompt;
    private Map<TokenEncoding, Integer> lastPromptTokens;

    public StatsCalculator(TokenCounter counter) {
        this.counter = counter;
    }

    public PromptStats stats(Template template, Map<String, String> sections) {
        String prompt = assembler.assemble(template, sections).text();
        TextCounts total = TextCounts.of(prompt);
        Map<TokenEncoding, Integer> promptTokens;
        if (Objects.equals(prompt, lastPrompt)) {
            promptTokens = lastPromptTokens;
        } else {
            promptTokens = counter.countAll(prompt);
            lastPrompt = prompt;
            lastPromptTokens = promptTokens;
        }
        Map<String, PromptStats.SectionStats> perSection = new LinkedHashMap<>();
        Map<String, Map<TokenEncoding, Integer>> keep = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            String text = sections.getOrDefault(slot, "");
            Map<TokenEncoding, Integer> tokens = sectionCache.get(text);
            if (tokens == null) {
                tokens = counter.countAll(text);
            }
            keep.put(text, tokens);
            TextCounts counts = TextCounts.of(text);
            perSection.put(slot, new PromptStats.SectionStats(counts.chars(), counts.words(), tokens));
        }
        sectionCache.clear();
        sectionCache.putAll(keep);
        return new PromptStats(total.chars(), total.words(), promptTokens, perSection);
    }
}

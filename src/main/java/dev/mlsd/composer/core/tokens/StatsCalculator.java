package dev.mlsd.composer.core.tokens;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.text.TextCounts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
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

    /** Every count: the prompt and each section, in every encoding. */
    public PromptStats stats(Template template, Map<String, String> sections) {
        return stats(template, sections, EnumSet.allOf(TokenEncoding.class), true);
    }

    /**
     * The counts of the prompt in {@code encodings} only, and of each section when {@code perSection}
     * (the window's meter needs the prompt's total in one encoding: a third of the work).
     */
    public PromptStats stats(Template template, Map<String, String> sections, Set<TokenEncoding> encodings, boolean perSection) {
        String prompt = assembler.assemble(template, sections).text();
        TextCounts total = TextCounts.of(prompt);
        Map<TokenEncoding, Integer> promptTokens;
        if (Objects.equals(prompt, lastPrompt) && lastPromptTokens.keySet().containsAll(encodings)) {
            promptTokens = lastPromptTokens;
        } else {
            promptTokens = new EnumMap<>(TokenEncoding.class);
            for (TokenEncoding encoding : encodings) {
                promptTokens.put(encoding, counter.count(encoding, prompt));
            }
            lastPrompt = prompt;
            lastPromptTokens = promptTokens;
        }
        Map<String, PromptStats.SectionStats> perSectionStats = new LinkedHashMap<>();
        if (!perSection) {
            return new PromptStats(total.chars(), total.words(), promptTokens, perSectionStats);
        }
        Map<String, Map<TokenEncoding, Integer>> keep = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            String text = sections.getOrDefault(slot, "");
            Map<TokenEncoding, Integer> tokens = sectionCache.get(text);
            if (tokens == null) {
                tokens = counter.countAll(text);
            }
            keep.put(text, tokens);
            TextCounts counts = TextCounts.of(text);
            perSectionStats.put(slot, new PromptStats.SectionStats(counts.chars(), counts.words(), tokens));
        }
        sectionCache.clear();
        sectionCache.putAll(keep);
        return new PromptStats(total.chars(), total.words(), promptTokens, perSectionStats);
    }
}

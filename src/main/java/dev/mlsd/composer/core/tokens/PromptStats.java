package dev.mlsd.composer.core.tokens;

import java.util.Map;

/**
 * Counts of an assembled prompt and of each section: characters (code points), words and tokens
 * per encoding. The top-level numbers are exact counts of the whole prompt text.
 */
public record PromptStats(long chars, long words, Map<TokenEncoding, Integer> tokens, Map<String, SectionStats> sections) {

    /** The counts of one section's text. */
    public record SectionStats(long chars, long words, Map<TokenEncoding, Integer> tokens) {
    }

    /** The prompt's tokens in {@code encoding}, or -1 when that encoding was not counted. */
    public int tokens(TokenEncoding encoding) {
        Integer count = tokens.get(encoding);
        return count == null ? -1 : count;
    }
}

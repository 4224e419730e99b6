package dev.mlsd.composer.core.tokens;

import java.util.List;

/**
 * How much of an assistant's context window the prompt may use: the window minus the room kept
 * for the answer. Amber from 80 % of that, red over it.
 */
public record ContextBudget(int window, int answerRoom) {

    /** The window sizes offered: 8k, 32k, 128k, 200k and 1M tokens. */
    public static final List<Integer> PRESETS = List.of(8_192, 32_768, 128_000, 200_000, 1_000_000);
    public static final int DEFAULT_WINDOW = 128_000;
    public static final int DEFAULT_ANSWER_ROOM = 4_096;

    /** How full the budget is. */
    public enum Level { OK, AMBER, RED }

    public ContextBudget {
        if (window <= 0 || answerRoom < 0) {
            throw new IllegalArgumentException("window must be positive and answer room not negative");
        }
    }

    public static ContextBudget defaults() {
        return new ContextBudget(DEFAULT_WINDOW, DEFAULT_ANSWER_ROOM);
    }

    /** Tokens the prompt may take: never below zero. */
    public int limit() {
        return Math.max(0, window - answerRoom);
    }

    /** The share of the limit {@code tokens} takes (1.0 = exactly full; over 1 when over the limit). */
    public double used(int tokens) {
        return limit() == 0 ? (tokens == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) tokens / limit();
    }

    public Level level(int tokens) {
        double used = used(tokens);
        if (used > 1.0) {
            return Level.RED;
        }
        return used >= 0.8 ? Level.AMBER : Level.OK;
    }
}

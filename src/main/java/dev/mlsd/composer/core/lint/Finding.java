package dev.mlsd.composer.core.lint;

/**
 * One result of the checks: which rule, how severe, which slot to fix (null for the template),
 * what is wrong, why it matters for section 4, and the range {@code [start, end)} of the slot's
 * text it is about (an empty range where the finding is about something missing).
 */
public record Finding(String rule, Severity severity, String slot, String message, String why, int start, int end) {
}

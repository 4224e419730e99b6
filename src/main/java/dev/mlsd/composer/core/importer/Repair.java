package dev.mlsd.composer.core.importer;

/**
 * A proposed repair of UTF-8 text that was once decoded as the single-byte code page {@code codePage} and saved again,
 * with the {@link MojibakeBadness badness} of the text before and after the repair.
 */
public record Repair(String codePage, String repairedText, int badnessBefore, int badnessAfter) {
}

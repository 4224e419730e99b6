package dev.mlsd.composer.core.prompt;

/** A change of the assembled prompt: {@code [start, start + removedLength)} replaced by {@code inserted}, from {@code slotId}. */
public record PromptEdit(String slotId, int start, int removedLength, String inserted) {
}

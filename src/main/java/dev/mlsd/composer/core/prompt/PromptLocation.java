package dev.mlsd.composer.core.prompt;

/** Where an offset of the prompt comes from: a slot and the offset in its text, or the template ({@code slotId} null). */
public record PromptLocation(String slotId, int offsetInSlot) {

    public boolean inSlot() {
        return slotId != null;
    }
}

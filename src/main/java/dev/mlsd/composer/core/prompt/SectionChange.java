package dev.mlsd.composer.core.prompt;

import java.util.List;

/**
 * The one kind of change a {@link PromptDocument} announces: {@code removedLength} characters at
 * {@code offset} of section {@code slotId} replaced by {@code inserted}, and where the assembled
 * prompt changed because of it (one edit per placeholder of the slot, in prompt order).
 */
public record SectionChange(String slotId, int offset, int removedLength, String inserted, List<PromptEdit> promptEdits) {

    public SectionChange {
        promptEdits = List.copyOf(promptEdits);
    }
}

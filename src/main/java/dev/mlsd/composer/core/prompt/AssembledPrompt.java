package dev.mlsd.composer.core.prompt;

import java.util.List;

/** The assembled prompt and its provenance: consecutive spans that cover the whole text. */
public record AssembledPrompt(String text, List<Span> spans) {

    public AssembledPrompt {
        spans = List.copyOf(spans);
    }

    /** The spans that hold the text of {@code slotId}, in order (one per placeholder). */
    public List<Span> spansOf(String slotId) {
        return spans.stream().filter(s -> slotId.equals(s.slotId())).toList();
    }

    /** The span at {@code offset}; the last span when the offset is at the very end. */
    public Span spanAt(int offset) {
        for (Span span : spans) {
            if (span.contains(offset)) {
                return span;
            }
        }
        return spans.isEmpty() ? new Span(0, 0, null) : spans.get(spans.size() - 1);
    }
}

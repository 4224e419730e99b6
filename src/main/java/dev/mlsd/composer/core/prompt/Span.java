package dev.mlsd.composer.core.prompt;

/**
 * A range {@code [start, end)} of the assembled prompt and where it came from: a slot's text
 * ({@code slotId} set) or the template ({@code slotId} null).
 */
public record Span(int start, int end, String slotId) {

    public boolean fromTemplate() {
        return slotId == null;
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

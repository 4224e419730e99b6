package dev.mlsd.composer.core.model;

/** A piece of a template body: literal text, or the place where a slot's text goes. */
public sealed interface TemplatePart {

    /** Text copied into the prompt as it is. */
    record Literal(String text) implements TemplatePart {
    }

    /** The place of a slot's text; {@code line} is 1-based within the template source. */
    record Placeholder(String slotId, int line) implements TemplatePart {
    }
}

package dev.mlsd.composer.core.prompt;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.TemplatePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts section texts into a template in a single pass. A section's text is inserted as it is and
 * never scanned, so {@code {{...}}} typed by a user stays literal.
 */
public final class PromptAssembler {

    public AssembledPrompt assemble(Template template, Map<String, String> sections) {
        StringBuilder text = new StringBuilder(estimateLength(template, sections));
        List<Span> spans = new ArrayList<>(template.parts().size());
        for (TemplatePart part : template.parts()) {
            int start = text.length();
            if (part instanceof TemplatePart.Literal literal) {
                text.append(literal.text());
                spans.add(new Span(start, text.length(), null));
            } else if (part instanceof TemplatePart.Placeholder placeholder) {
                text.append(sections.getOrDefault(placeholder.slotId(), ""));
                spans.add(new Span(start, text.length(), placeholder.slotId()));
            }
        }
        return new AssembledPrompt(text.toString(), spans);
    }

    private static int estimateLength(Template template, Map<String, String> sections) {
        long length = 0;
        for (TemplatePart part : template.parts()) {
            if (part instanceof TemplatePart.Literal literal) {
                length += literal.text().length();
            } else if (part instanceof TemplatePart.Placeholder placeholder) {
                length += sections.getOrDefault(placeholder.slotId(), "").length();
            }
        }
        return (int) Math.min(length, Integer.MAX_VALUE - 16);
    }
}

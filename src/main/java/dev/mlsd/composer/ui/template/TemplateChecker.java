package dev.mlsd.composer.ui.template;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.TemplatePart;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the template editor says about the text being edited; works off the FX thread. */
final class TemplateChecker {

    /** The outcome: the template (null when it does not parse), the lines to show, and the preview text. */
    record Result(Template template, List<String> messages, String placeholderSummary, String prompt, boolean canSave) {
    }

    private final TemplateLibrary library;
    private final Messages messages;
    private final TemplateParser parser = new TemplateParser();

    TemplateChecker(TemplateLibrary library, Messages messages) {
        this.library = library;
        this.messages = messages;
    }

    Result check(String text, Map<String, String> sections) {
        Template template;
        try {
            template = parser.parse(text);
        } catch (TemplateException e) {
            String line = e.line() > 0 ? messages.get("templateEditor.error.line", e.line(), e.getMessage())
                    : messages.get("templateEditor.error", e.getMessage());
            return new Result(null, List.of(line), "", null, false);
        }
        List<String> lines = new ArrayList<>();
        boolean canSave = true;
        TemplateLibrary.Entry taken = library.entry(template.id()).orElse(null);
        if (taken != null && taken.builtIn()) {
            lines.add(messages.get("templateEditor.error.builtInId", template.id()));
            canSave = false;
        }
        template.notices().forEach(notice -> lines.add(messages.get("templateEditor.notice", notice)));
        if (lines.isEmpty()) {
            lines.add(messages.get("templateEditor.ok", template.slots().size()));
        }
        Set<String> used = new LinkedHashSet<>();
        for (TemplatePart part : template.parts()) {
            if (part instanceof TemplatePart.Placeholder placeholder) {
                used.add("{{" + placeholder.slotId() + "}}");
            }
        }
        String summary = messages.get("templateEditor.placeholders", used.isEmpty() ? "—" : String.join(", ", used));
        String prompt = new PromptAssembler().assemble(template, sections).text();
        return new Result(template, List.copyOf(lines), summary, prompt, canSave);
    }
}

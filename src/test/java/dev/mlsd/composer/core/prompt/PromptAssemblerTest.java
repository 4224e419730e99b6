package dev.mlsd.composer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptAssemblerTest {

    private final Template ru = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final PromptAssembler assembler = new PromptAssembler();

    @Test
    void spansCoverTheTextAndNameTheirSlots() {
        AssembledPrompt prompt = assembler.assemble(ru, Map.of("problem", "PPP", "metrics", "", "data", "DD"));
        int at = 0;
        for (Span span : prompt.spans()) {
            assertThat(span.start()).isEqualTo(at);
            at = span.end();
        }
        assertThat(at).isEqualTo(prompt.text().length());
        Span problem = prompt.spansOf("problem").get(0);
        assertThat(prompt.text().substring(problem.start(), problem.end())).isEqualTo("PPP");
        assertThat(prompt.spansOf("metrics").get(0).length()).isZero();
        assertThat(prompt.spanAt(problem.start() + 1).slotId()).isEqualTo("problem");
        assertThat(prompt.spanAt(0).fromTemplate()).isTrue();
    }

    @Test
    void emptySectionKeepsItsBlock() {
        String text = assembler.assemble(ru, Map.of()).text();
        assertThat(text).contains("<section title=\"2. Метрики\">\n\n</section>");
    }

    @Test
    void userTextIsNeverExpanded() {
        String text = assembler.assemble(ru, Map.of("problem", "{{metrics}} \\{{data}}", "metrics", "M")).text();
        assertThat(text).contains("<section title=\"1. Постановка Задачи\">\n{{metrics}} \\{{data}}\n</section>");
    }
}

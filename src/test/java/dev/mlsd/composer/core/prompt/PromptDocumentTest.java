package dev.mlsd.composer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptDocumentTest {

    private final Template ru = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    @Test
    void oneTypedCharacterIsOnePromptEditOfLengthOne() {
        PromptDocument document = new PromptDocument(ru, Map.of("problem", "abc", "metrics", "m"));
        String before = document.assemble().text();
        int metricsStart = document.assemble().spansOf("metrics").get(0).start();
        assertThat(document.edit("metrics", 1, 0, "x"))
                .containsExactly(new PromptEdit("metrics", metricsStart + 1, 0, "x"));
        assertThat(document.assemble().text()).isEqualTo(before.substring(0, metricsStart + 1) + "x" + before.substring(metricsStart + 1));
    }

    @Test
    void locatesPromptOffsetsInSectionsAndTemplate() {
        PromptDocument document = new PromptDocument(ru, Map.of("problem", "abc", "metrics", ""));
        AssembledPrompt prompt = document.assemble();
        int problemStart = prompt.spansOf("problem").get(0).start();
        assertThat(document.locate(problemStart + 2)).isEqualTo(new PromptLocation("problem", 2));
        assertThat(document.locate(problemStart + 3)).isEqualTo(new PromptLocation("problem", 3));
        assertThat(document.locate(prompt.spansOf("metrics").get(0).start())).isEqualTo(new PromptLocation("metrics", 0));
        assertThat(document.locate(0).inSlot()).isFalse();
    }

    @Test
    void keepsDetachedSectionsAndCountsSections() {
        PromptDocument document = new PromptDocument(ru, Map.of("problem", "два слова", "old", "x y z"));
        assertThat(document.sections()).containsKeys("problem", "metrics", "data", "old");
        assertThat(document.sectionCounts().words()).isEqualTo(2);
        assertThat(document.assemble().text()).doesNotContain("x y z");
    }

    @Test
    void refusesEditsOutsideTheSection() {
        PromptDocument document = new PromptDocument(ru, Map.of("problem", "abc"));
        assertThatThrownBy(() -> document.edit("problem", 2, 5, "")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> document.edit("nope", 0, 0, "")).isInstanceOf(IllegalArgumentException.class);
    }
}

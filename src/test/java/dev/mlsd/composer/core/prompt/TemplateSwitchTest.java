package dev.mlsd.composer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateSwitchTest {

    private final TemplateLibrary library = new TemplateLibrary(new TemplateParser());
    private final Template ru = library.find("architecture-and-models.ru").orElseThrow();
    private final Template en = library.find("architecture-and-models.en").orElseThrow();

    private Template twoSlots() throws TemplateException {
        return new TemplateParser().parse("---\nid: short\ntitle: Short\nslots:\n  - id: problem\n    title: P\n  - id: goals\n    title: G\n---\n{{problem}} {{goals}}");
    }

    @Test
    void matchingIdsCarryOverAsTheyAre() {
        Map<String, String> sections = Map.of("problem", "P", "metrics", "M", "data", "D");
        assertThat(TemplateSwitch.leftBehind(sections, en)).isEmpty();
        assertThat(TemplateSwitch.carryOver(sections, en, Map.of())).containsExactly(
                Map.entry("problem", "P"), Map.entry("metrics", "M"), Map.entry("data", "D"));
    }

    @Test
    void textWithoutASlotGoesWhereTheUserSaysOrStaysDetached() throws TemplateException {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("problem", "P");
        sections.put("metrics", "M");
        sections.put("data", "D");
        Template to = twoSlots();
        assertThat(TemplateSwitch.leftBehind(sections, to)).containsExactly("metrics", "data");
        Map<String, String> moved = TemplateSwitch.carryOver(sections, to, Map.of("metrics", "goals"));
        assertThat(moved).containsExactly(Map.entry("problem", "P"), Map.entry("goals", "M"), Map.entry("data", "D"));
        Map<String, String> both = TemplateSwitch.carryOver(sections, to, Map.of("metrics", "problem", "data", "problem"));
        assertThat(both).containsEntry("problem", "P\n\nM\n\nD").doesNotContainKeys("metrics", "data");
    }

    @Test
    void emptySectionsAreNotLeftBehindAndSwitchingBackRestoresTheSlots() throws TemplateException {
        Map<String, String> sections = Map.of("problem", "P", "metrics", "", "data", "D");
        Template to = twoSlots();
        assertThat(TemplateSwitch.leftBehind(sections, to)).containsExactly("data");
        Map<String, String> there = TemplateSwitch.carryOver(sections, to, Map.of());
        Map<String, String> back = TemplateSwitch.carryOver(there, ru, Map.of());
        assertThat(back).containsEntry("problem", "P").containsEntry("metrics", "").containsEntry("data", "D");
    }
}

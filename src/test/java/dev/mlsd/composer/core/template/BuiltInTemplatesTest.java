package dev.mlsd.composer.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuiltInTemplatesTest {

    private static final String BRACKET = "[Вставь сюда";

    private final TemplateLibrary library = new TemplateLibrary(new TemplateParser());
    private final PromptAssembler assembler = new PromptAssembler();

    @Test
    void russianTemplateKeepsEverySeedLineInOrder() throws IOException {
        List<String> seed = seedLines();
        List<String> body = renderedLines(library.find("architecture-and-models.ru").orElseThrow());
        int at = 0;
        for (String line : seed) {
            String expected = line.contains(BRACKET) ? line.substring(0, line.indexOf(BRACKET)) : line;
            int found = body.subList(at, body.size()).indexOf(expected);
            assertThat(found).as("seed line %s in order: %s", seed.indexOf(line) + 1, expected).isGreaterThanOrEqualTo(0);
            at += found + 1;
        }
        assertThat(body.get(0)).isEqualTo(seed.get(0));
        assertThat(String.join("\n", body)).doesNotContain(BRACKET);
    }

    @Test
    void russianTemplateReplacesOnlyTheBracketWithTheThreeSectionBlocks() throws IOException {
        Template ru = library.find("architecture-and-models.ru").orElseThrow();
        String seed = seed();
        String rendered = assembler.assemble(ru, Map.of("problem", "P", "metrics", "M", "data", "D")).text();
        int bracketStart = seed.indexOf(BRACKET);
        int bracketEnd = seed.indexOf(']', bracketStart) + 1;
        assertThat(rendered).startsWith(seed.substring(0, bracketStart));
        assertThat(rendered).endsWith(seed.substring(bracketEnd));
        String inserted = rendered.substring(bracketStart, rendered.length() - (seed.length() - bracketEnd));
        assertThat(inserted).isEqualTo("\n<section title=\"1. Постановка Задачи\">\nP\n</section>\n\n"
                + "<section title=\"2. Метрики\">\nM\n</section>\n\n"
                + "<section title=\"3. Данные\">\nD\n</section>");
    }

    @Test
    void englishTemplateHasTheSameShapeLineForLine() {
        List<String> ru = renderedLines(library.find("architecture-and-models.ru").orElseThrow());
        List<String> en = renderedLines(library.find("architecture-and-models.en").orElseThrow());
        assertThat(en).hasSameSizeAs(ru);
        for (int i = 0; i < ru.size(); i++) {
            assertThat(shape(en.get(i))).as("line %d: %s", i + 1, en.get(i)).isEqualTo(shape(ru.get(i)));
        }
    }

    @Test
    void bothHaveTheThreeSlotsWithHintsAndThreeToSixQuestions() {
        for (String id : List.of("architecture-and-models.ru", "architecture-and-models.en")) {
            Template template = library.find(id).orElseThrow();
            assertThat(template.slotIds()).containsExactly("problem", "metrics", "data");
            assertThat(template.notices()).isEmpty();
            for (Slot slot : template.slots()) {
                assertThat(slot.hint()).isNotBlank();
                assertThat(slot.questions()).hasSizeBetween(3, 6);
            }
        }
        assertThat(library.find("architecture-and-models.ru").orElseThrow().language()).isEqualTo("ru");
        assertThat(library.find("architecture-and-models.en").orElseThrow().language()).isEqualTo("en");
        assertThat(library.defaultTemplate().id()).isEqualTo("architecture-and-models.ru");
    }

    @Test
    void questionsAreInTheTemplatesLanguage() {
        Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
        for (Slot slot : library.find("architecture-and-models.ru").orElseThrow().slots()) {
            slot.questions().forEach(q -> assertThat(cyrillic.matcher(q).find()).as(q).isTrue());
            assertThat(cyrillic.matcher(slot.title()).find()).isTrue();
        }
        for (Slot slot : library.find("architecture-and-models.en").orElseThrow().slots()) {
            slot.questions().forEach(q -> assertThat(cyrillic.matcher(q).find()).as(q).isFalse());
        }
    }

    /** The Markdown markers and emoji of a line: heading level, list indent and bullet, bold count, emoji. */
    private static String shape(String line) {
        StringBuilder shape = new StringBuilder();
        Matcher lead = Pattern.compile("^(\\s*)(#+ |\\* |- )?").matcher(line);
        lead.find();
        shape.append('[').append(lead.group(1).length()).append(lead.group(2) == null ? "" : lead.group(2).strip()).append(']');
        shape.append(" bold=").append(count(line, "**"));
        shape.append(" section=").append(line.startsWith("<section") ? "open" : line.equals("</section>") ? "close" : "-");
        shape.append(" placeholder=").append(line.matches("\\{\\{\\w+}}") ? line : "-");
        List<String> emoji = new ArrayList<>();
        line.codePoints().filter(cp -> Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0x200D || cp == 0xFE0F)
                .forEach(cp -> emoji.add(Integer.toHexString(cp)));
        shape.append(" emoji=").append(emoji);
        shape.append(" blank=").append(line.isBlank());
        return shape.toString();
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private List<String> renderedLines(Template template) {
        Map<String, String> placeholders = Map.of("problem", "{{problem}}", "metrics", "{{metrics}}", "data", "{{data}}");
        return List.of(assembler.assemble(template, placeholders).text().split("\n", -1));
    }

    private static List<String> seedLines() throws IOException {
        return List.of(seed().split("\n", -1));
    }

    private static String seed() throws IOException {
        try (InputStream in = BuiltInTemplatesTest.class.getResourceAsStream("/seed/architecture-and-models.ru.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

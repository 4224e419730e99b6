package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.export.SectionsDocument;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DocumentImportTest {

    private final TemplateLibrary library = new TemplateLibrary(new TemplateParser());
    private final SectionMapper mapper = new SectionMapper(SynonymTable.builtIn());

    private DocumentImport read(String text, Template template) {
        DecodedText decoded = new TextDecoder().decode(text.getBytes(StandardCharsets.UTF_8));
        return DocumentImport.of(decoded, decoded.textWithRepair(), template, mapper);
    }

    @Test
    void blankLinesAroundABodyAreDroppedAndEverythingBetweenKept() {
        assertThat(DocumentImport.trimBlankLines("\n  \ntext\n\n  more  \n\n \n")).isEqualTo("text\n\n  more  ");
        assertThat(DocumentImport.trimBlankLines("  indented first\nsecond")).isEqualTo("  indented first\nsecond");
        assertThat(DocumentImport.trimBlankLines("\n \n")).isEmpty();
        assertThat(DocumentImport.trimBlankLines("")).isEmpty();
    }

    @Test
    void aDocumentWithTheThreeSectionsImportsTheirMarkdownAsWritten() {
        String doc = "# Дизайн\n\n## 1. Постановка задачи\n\nСнизить **отток**.\n\n### Ограничения\n- 200 мс\n\n"
                + "## 2. Метрики\nPR-AUC ≥ 0.35\n\n## 3. Данные\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        Template ru = library.defaultTemplate();
        DocumentImport imported = read(doc, ru);
        assertThat(imported.sections(ru)).containsExactly(
                Map.entry("problem", "Снизить **отток**.\n\n### Ограничения\n- 200 мс"),
                Map.entry("metrics", "PR-AUC ≥ 0.35"),
                Map.entry("data", "| a | b |\n|---|---|\n| 1 | 2 |"));
        assertThat(imported.mapping().unmatched()).isEmpty();
    }

    @Test
    void crlfAndNoFinalNewlineGiveTheSameSections() {
        String doc = "## Problem statement\r\nPredict churn.\r\n\r\n## Metrics\r\nROC-AUC\r\n\r\n## Data\r\nBilling";
        Template en = library.find("architecture-and-models.en").orElseThrow();
        assertThat(read(doc, en).sections(en)).containsExactly(
                Map.entry("problem", "Predict churn."), Map.entry("metrics", "ROC-AUC"), Map.entry("data", "Billing"));
    }

    @Test
    void aRussianDocumentInOldEncodingsOrMojibakeImportsTheSameSectionsAsItsUtf8Original() {
        String original = "# Прогноз оттока\n\n## 1. Постановка задачи\nСнизить отток абонентов на 10 % за полгода; скоринг раз в сутки.\n\n"
                + "## 2. Метрики\n- PR-AUC на отложенном месяце\n- удержанная выручка\n\n## 3. Данные\nБиллинг и звонки за три года, "
                + "целевая переменная - уход в течение 30 дней.\n";
        Template ru = library.defaultTemplate();
        Map<String, String> expected = read(original, ru).sections(ru);
        assertThat(expected.get("metrics")).isEqualTo("- PR-AUC на отложенном месяце\n- удержанная выручка");
        for (String charset : java.util.List.of("windows-1251", "KOI8-R", "IBM866")) {
            DecodedText decoded = new TextDecoder().decode(original.getBytes(java.nio.charset.Charset.forName(charset)));
            assertThat(decoded.charset()).as(charset).isEqualTo(charset);
            assertThat(DocumentImport.of(decoded, decoded.textWithRepair(), ru, mapper).sections(ru)).as(charset).isEqualTo(expected);
        }
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("x-MacRoman"));
        DecodedText decoded = new TextDecoder().decode(mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.repair()).isNotNull();
        assertThat(decoded.repair().codePage()).isEqualTo("MacRoman");
        assertThat(DocumentImport.of(decoded, decoded.textWithRepair(), ru, mapper).sections(ru)).isEqualTo(expected);
    }

    @Test
    void anUnmatchedSlotStaysEmptyAndIsReported() {
        Template ru = library.defaultTemplate();
        DocumentImport imported = read("## Постановка задачи\nтекст\n", ru);
        assertThat(imported.sections(ru)).containsEntry("metrics", "").containsEntry("data", "");
        assertThat(imported.mapping().unmatched()).containsExactly("metrics", "data");
    }

    /** Sections exported as a Markdown document import back unchanged (sections without level-1 headings of their own). */
    @Property(tries = 200)
    void exportedSectionsImportBackTheSame(@ForAll("sectionText") String problem, @ForAll("sectionText") String metrics,
                                           @ForAll("sectionText") String data, @ForAll boolean english) {
        Template template = library.find(english ? "architecture-and-models.en" : "architecture-and-models.ru").orElseThrow();
        Map<String, String> sections = Map.of("problem", problem, "metrics", metrics, "data", data);
        String document = SectionsDocument.render(template, sections);
        assertThat(read(document, template).sections(template)).isEqualTo(sections);
    }

    @Provide
    Arbitrary<String> sectionText() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Снизить отток на 10 %", "PR-AUC ≥ 0.35", "- пункт списка", "**жирный** и `код`", "## Подраздел",
                        "### Sub-heading", "| a | b |", "|---|---|", "> цитата", "1. первый", "    код с отступом", "😀 emoji",
                        "{{problem}}", "</section>", "text with trailing spaces  ", "```", "~~~"),
                Texts.tricky().map(t -> TextNormalizer.normalize(t).replace("\n", " ").replace("#", "").strip()));
        return line.list().ofMaxSize(6).map(lines -> String.join("\n", lines).strip())
                .filter(text -> !text.contains("```") && !text.contains("~~~") && !text.startsWith("=") && !text.startsWith("-"))
                .filter(text -> text.lines().noneMatch(l -> l.matches("\\s*(=+|-+)\\s*")))
                .filter(text -> DocumentImport.trimBlankLines(text).equals(text));
    }
}

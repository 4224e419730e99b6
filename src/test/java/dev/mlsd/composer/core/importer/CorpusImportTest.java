package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Slot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real documents of {@code src/test/resources/corpus}: each maps as {@code SOURCES.md} says, and each
 * mapped section's text equals the hand-split file in {@code corpus/sections/<doc>/<slot>.md} byte for byte
 * (an empty file: the slot stays unmatched). Line numbers are checked against {@code sections/README.md}.
 */
class CorpusImportTest {

    static final List<Slot> RU_SLOTS = List.of(
            new Slot("problem", "1. Постановка Задачи", null, null),
            new Slot("metrics", "2. Метрики", null, null),
            new Slot("data", "3. Данные", null, null));

    static final List<Slot> EN_SLOTS = List.of(
            new Slot("problem", "1. Problem Statement", null, null),
            new Slot("metrics", "2. Metrics", null, null),
            new Slot("data", "3. Data", null, null));

    private static final List<String> SLOT_IDS = List.of("problem", "metrics", "data");

    /**
     * One cell of SOURCES.md's "where the three input sections live" table.
     *
     * @param heading the heading line as quoted there (first backtick span), or null for "no heading"
     */
    record Expectation(String document, String slot, String heading) {
        @Override
        public String toString() {
            return document + " / " + slot;
        }
    }

    /** One row of sections/README.md's table; lines are null where it says "-". */
    record Split(String document, String slot, Integer headingLine, Integer stopLine) {
    }

    private final SectionMapper mapper = new SectionMapper(SynonymTable.builtIn());

    // ---------------------------------------------------------------- fixtures

    static String resource(String path) {
        try (InputStream in = CorpusImportTest.class.getResourceAsStream("/corpus/" + path)) {
            assertThat(in).as("resource /corpus/" + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of every Markdown table row of {@code text} (header and delimiter rows included). */
    private static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("|") && line.endsWith("|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Document base names (without .md) in SOURCES.md's first table, by their two-digit number. */
    static Map<String, String> documents() {
        Map<String, String> byNumber = new LinkedHashMap<>();
        for (List<String> row : tableRows(resource("SOURCES.md"))) {
            if (row.get(0).matches("\\d\\d_.*\\.md")) {
                byNumber.put(row.get(0).substring(0, 2), row.get(0).substring(0, row.get(0).length() - 3));
            }
        }
        return byNumber;
    }

    static List<Expectation> expectations() {
        Map<String, String> documents = documents();
        Pattern quoted = Pattern.compile("`([^`]+)`");
        List<Expectation> all = new ArrayList<>();
        for (List<String> row : tableRows(resource("SOURCES.md"))) {
            if (row.size() == 4 && row.get(0).matches("\\d\\d")) {
                String document = documents.get(row.get(0));
                assertThat(document).as("document " + row.get(0)).isNotNull();
                for (int i = 0; i < 3; i++) {
                    Matcher m = quoted.matcher(row.get(i + 1));
                    all.add(new Expectation(document, SLOT_IDS.get(i), m.find() ? m.group(1) : null));
                }
            }
        }
        return all;
    }

    static List<Split> splits() {
        List<Split> all = new ArrayList<>();
        for (List<String> row : tableRows(resource("sections/README.md"))) {
            if (row.size() == 6 && row.get(0).matches("\\d\\d_.*")) {
                all.add(new Split(row.get(0), row.get(1), number(row.get(3)), number(row.get(5))));
            }
        }
        return all;
    }

    private static Integer number(String cell) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(cell);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static Stream<Arguments> expectationsWithSlots() {
        return expectations().stream().flatMap(e -> Stream.of(
                Arguments.of(e, "ru", RU_SLOTS),
                Arguments.of(e, "en", EN_SLOTS)));
    }

    private static DocumentOutline outline(String document) {
        return DocumentOutline.parse(resource(document + ".md"));
    }

    // ---------------------------------------------------------------- tests

    @Test
    void sourcesTableNamesSixDocumentsAndEighteenSections() {
        assertThat(documents()).hasSize(6);
        assertThat(expectations()).hasSize(18);
        assertThat(expectations()).filteredOn(e -> e.heading() == null)
                .extracting(Expectation::toString).containsExactly("01_ru_reliableml_template / data");
        assertThat(splits()).hasSize(18);
    }

    @ParameterizedTest(name = "{0} ({1} slots)")
    @MethodSource("expectationsWithSlots")
    void mapsAsSourcesSays(Expectation expected, String language, List<Slot> slots) {
        DocumentOutline outline = outline(expected.document());
        SectionMapper.Mapping mapping = mapper.map(outline, slots);

        assertThat(mapping.bySlot().keySet()).containsExactlyElementsOf(SLOT_IDS);
        List<Heading> headings = mapping.bySlot().get(expected.slot());
        if (expected.heading() == null) {
            assertThat(headings).isEmpty();
            assertThat(mapping.unmatched()).contains(expected.slot());
        } else {
            assertThat(headings).hasSize(1);
            assertThat(outline.source(headings.get(0)).strip()).isEqualTo(expected.heading());
            assertThat(mapping.unmatched()).doesNotContain(expected.slot());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void textEqualsHandSplitSection(Expectation expected) {
        DocumentOutline outline = outline(expected.document());
        SectionMapper.Mapping mapping = mapper.map(outline, RU_SLOTS);
        String handSplit = resource("sections/" + expected.document() + "/" + expected.slot() + ".md");

        assertThat(mapper.text(mapping, expected.slot())).isEqualTo(handSplit);
        assertThat(mapping.unmatched().contains(expected.slot())).isEqualTo(handSplit.isEmpty());
        if (!handSplit.isEmpty()) {
            assertThat(outline.body(mapping.bySlot().get(expected.slot()).get(0))).isEqualTo(handSplit);
        }
    }

    static Stream<Arguments> splitRows() {
        return splits().stream().map(s -> Arguments.of(s.document(), s.slot(), s.headingLine(), s.stopLine()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("splitRows")
    void headingAndStopLinesAgreeWithReadme(String document, String slot, Integer headingLine, Integer stopLine) {
        DocumentOutline outline = outline(document);
        List<Heading> headings = mapper.map(outline, RU_SLOTS).bySlot().get(slot);
        if (headingLine == null) {
            assertThat(headings).isEmpty();
            return;
        }
        Heading heading = headings.get(0);
        assertThat(heading.line()).isEqualTo(headingLine);
        int endLine = 1 + (int) outline.text().substring(0, heading.end()).chars().filter(c -> c == '\n').count();
        assertThat(endLine).as("line where the section stops").isEqualTo(stopLine);
        Heading next = outline.headings().stream().filter(h -> h.start() == heading.end()).findFirst().orElseThrow();
        assertThat(next.level()).isLessThanOrEqualTo(heading.level());
    }

    @Test
    void tablesOfContentsAreFlaggedAndNeverMapped() {
        for (String document : List.of("08_ru_downtime_cost_marketplace", "10_en_downtime_cost_marketplace")) {
            DocumentOutline outline = outline(document);
            List<Heading> toc = outline.headings().stream().filter(Heading::tableOfContents).toList();
            assertThat(toc).as(document).hasSize(1);
            assertThat(toc.get(0).level()).isEqualTo(3);
            assertThat(mapper.map(outline, RU_SLOTS).bySlot().values()).noneMatch(list -> list.contains(toc.get(0)));
        }
        assertThat(outline("08_ru_downtime_cost_marketplace").headings()).filteredOn(Heading::tableOfContents)
                .extracting(Heading::text).containsExactly("Оглавление");
        assertThat(outline("10_en_downtime_cost_marketplace").headings()).filteredOn(Heading::tableOfContents)
                .extracting(Heading::text).containsExactly("Table of Contents");
    }

    @Test
    void blockQuoteHeadingsAreFoundAndEndWithTheirQuote() {
        for (String document : List.of("01_ru_reliableml_template", "04_ru_ru_mansi_translation")) {
            DocumentOutline outline = outline(document);
            List<Heading> quoted = outline.headings().stream().filter(outline::inBlockQuote).toList();
            assertThat(quoted).extracting(Heading::title)
                    .containsExactly("термины и пояснения", "материалы для дополнительного погружения в тему");
            Heading terms = quoted.get(0);
            assertThat(terms.line()).isEqualTo(9);
            assertThat(outline.source(terms)).startsWith("> ## ");
            assertThat(outline.body(terms).lines()).allMatch(line -> line.startsWith(">"));
        }
    }

    @Test
    void headingsIndentedByTwoSpacesAreSubHeadings() {
        DocumentOutline outline = outline("08_ru_downtime_cost_marketplace");
        Heading metrics = outline.headings().stream().filter(h -> h.text().equals("Метрики")).findFirst().orElseThrow();
        assertThat(metrics.level()).isEqualTo(3);
        assertThat(metrics.line()).isEqualTo(152);
        assertThat(outline.source(metrics)).startsWith("  ### ");
    }

    @Test
    void headingTextsReadAsWritten() {
        DocumentOutline outline = outline("04_ru_ru_mansi_translation");
        assertThat(outline.headings()).extracting(Heading::text)
                .contains("2.1. Постановка задачи", "Этап 1 - Подготовка данных", "2. Методология Data Scientist");
        assertThat(outline("14_en_imageauthai").headings()).extracting(Heading::text)
                .contains("Stage 1: Data Preparation", "3.2. Success Criteria");
    }

    @ParameterizedTest
    @MethodSource("documentNames")
    void everyHeadingIsConsistentWithTheText(String document) {
        DocumentOutline outline = outline(document);
        String text = outline.text();
        assertThat(outline.headings()).isNotEmpty();
        for (Heading h : outline.headings()) {
            assertThat(outline.headings().get(h.index())).isSameAs(h);
            assertThat(h.start() == 0 || text.charAt(h.start() - 1) == '\n').isTrue();
            assertThat(text.charAt(h.bodyStart() - 1)).isEqualTo('\n');
            assertThat(h.line()).isEqualTo(1 + (int) text.substring(0, h.start()).chars().filter(c -> c == '\n').count());
            assertThat(outline.source(h)).contains("#");
            assertThat(h.end() == text.length() || text.charAt(h.end() - 1) == '\n').isTrue();
        }
    }

    static Stream<String> documentNames() {
        return documents().values().stream();
    }
}

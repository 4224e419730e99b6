package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mlsd.composer.core.model.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic documents: what is a heading, offsets and bodies byte for byte, title normalization, mapping. */
class DocumentOutlineTest {

    private static final List<Slot> RU = CorpusImportTest.RU_SLOTS;
    private static final List<Slot> EN = CorpusImportTest.EN_SLOTS;

    private final SectionMapper mapper = new SectionMapper(SynonymTable.builtIn());

    private static Heading only(DocumentOutline outline) {
        assertThat(outline.headings()).hasSize(1);
        return outline.headings().get(0);
    }

    private static Heading titled(DocumentOutline outline, String title) {
        return outline.headings().stream().filter(h -> h.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading titled '" + title + "' in " + outline.headings()));
    }

    private static Map<String, String> texts(SectionMapper.Mapping m) {
        return Map.of("problem", m.text("problem"), "metrics", m.text("metrics"), "data", m.text("data"));
    }

    // ---------------------------------------------------------------- what is a heading

    @Test
    void hashLinesInFencedCodeAreNotHeadingsEvenInAnUnclosedFence() {
        String text = "# Title\n"
                + "```md\n# not a heading\n```\n"
                + "~~~\n## not either\n~~~\n"
                + "## Real\n"
                + "text\n"
                + "```\n# inside an unclosed fence\n";
        DocumentOutline outline = DocumentOutline.parse(text);

        assertThat(outline.headings()).extracting(Heading::level, Heading::text, Heading::line)
                .containsExactly(tuple(1, "Title", 1), tuple(2, "Real", 8));
        Heading real = outline.headings().get(1);
        assertThat(outline.body(real)).isEqualTo("text\n```\n# inside an unclosed fence\n");
        assertThat(outline.body(outline.headings().get(0)))
                .isEqualTo("```md\n# not a heading\n```\n~~~\n## not either\n~~~\n## Real\ntext\n```\n# inside an unclosed fence\n");
    }

    @Test
    void yamlFrontMatterCommentsAreNotHeadings() {
        String text = "---\ntitle: Doc\n# comment: not a heading\ntags:\n  - ml\n---\n# Data\nrows\n";
        Heading data = only(DocumentOutline.parse(text));

        assertThat(data.line()).isEqualTo(7);
        assertThat(data.title()).isEqualTo("data");
        assertThat(text.substring(data.start(), data.bodyStart())).isEqualTo("# Data\n");
        assertThat(DocumentOutline.parse(text).body(data)).isEqualTo("rows\n");
    }

    @Test
    void setextHeadingsEndAfterTheirUnderline() {
        String text = "Problem statement\n=================\nWe predict churn.\n\n"
                + "Metrics\n-------\nROC-AUC\n\n---\n\n"
                + "Data\n---\nlogs\n";
        DocumentOutline outline = DocumentOutline.parse(text);

        assertThat(outline.headings()).extracting(Heading::level, Heading::title, Heading::line)
                .containsExactly(tuple(1, "problem statement", 1), tuple(2, "metrics", 5), tuple(2, "data", 11));
        Heading problem = outline.headings().get(0);
        assertThat(outline.source(problem)).isEqualTo("Problem statement\n=================\n");
        assertThat(outline.body(problem)).isEqualTo(text.substring(text.indexOf("We predict")));
        assertThat(outline.body(outline.headings().get(1))).isEqualTo("ROC-AUC\n\n---\n\n");
        assertThat(outline.body(outline.headings().get(2))).isEqualTo("logs\n");

        assertThat(texts(mapper.map(outline, EN))).isEqualTo(Map.of(
                "problem", text.substring(text.indexOf("We predict")), "metrics", "ROC-AUC\n\n---\n\n", "data", "logs\n"));
    }

    @Test
    void multiLineSetextHeadingReadsAsOneLine() {
        String text = "Long\ntitle\n===\nbody\n";
        Heading h = only(DocumentOutline.parse(text));
        assertThat(h.text()).isEqualTo("Long title");
        assertThat(h.line()).isEqualTo(1);
        assertThat(h.bodyStart()).isEqualTo(text.indexOf("body"));
    }

    @Test
    void crlfInputNormalizedFirstAndNoFinalNewline() {
        String text = "## 1. Problem\r\n\r\nWe predict churn.\r\n## 2. Metrics\r\nAUC".replace("\r\n", "\n");
        DocumentOutline outline = DocumentOutline.parse(text);

        assertThat(outline.headings()).extracting(Heading::title, Heading::line, Heading::start)
                .containsExactly(tuple("problem", 1, 0), tuple("metrics", 4, text.indexOf("## 2.")));
        assertThat(outline.body(outline.headings().get(0))).isEqualTo("\nWe predict churn.\n");
        assertThat(outline.body(outline.headings().get(1))).isEqualTo("AUC");
        assertThat(outline.headings().get(1).end()).isEqualTo(text.length());
        SectionMapper.Mapping m = mapper.map(outline, EN);
        assertThat(m.text("metrics")).isEqualTo("AUC");
        assertThat(m.unmatched()).containsExactly("data");
    }

    @Test
    void headingOnTheLastLineWithoutNewlineHasAnEmptyBody() {
        String text = "intro\n\n## Data";
        Heading data = only(DocumentOutline.parse(text));
        assertThat(data.bodyStart()).isEqualTo(text.length());
        assertThat(data.end()).isEqualTo(text.length());
        assertThat(DocumentOutline.parse(text).body(data)).isEmpty();
    }

    @Test
    void headingsInBlockQuotesAndListItemsStartAtTheirLineAndEndWithTheirContainer() {
        String text = "> ## Note\n> quoted text\n\nafter quote\n\n"
                + "- ## Item heading\n  item text\n- other\n\n"
                + "## Data\nrows\n";
        DocumentOutline outline = DocumentOutline.parse(text);

        assertThat(outline.headings()).extracting(Heading::level, Heading::text, Heading::line)
                .containsExactly(tuple(2, "Note", 1), tuple(2, "Item heading", 6), tuple(2, "Data", 10));
        Heading note = outline.headings().get(0);
        Heading item = outline.headings().get(1);
        assertThat(note.start()).isZero();
        assertThat(outline.inBlockQuote(note)).isTrue();
        assertThat(outline.inListItem(note)).isFalse();
        assertThat(outline.body(note)).isEqualTo("> quoted text\n");

        assertThat(item.start()).isEqualTo(text.indexOf("- ## Item"));
        assertThat(outline.source(item)).isEqualTo("- ## Item heading\n");
        assertThat(outline.inListItem(item)).isTrue();
        assertThat(outline.body(item)).isEqualTo("  item text\n");

        assertThat(outline.body(outline.headings().get(2))).isEqualTo("rows\n");
    }

    @Test
    void quotedHeadingLosesToTheSameTitleOutsideAQuote() {
        String text = "> ## Данные\n> Примечание шаблона.\n\n## Данные\nЛоги за год.\n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(text), RU);
        assertThat(m.bySlot().get("data")).extracting(Heading::line).containsExactly(4);
        assertThat(m.text("data")).isEqualTo("Логи за год.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#Text without a space", "#hashtag", "    # indented four spaces is code", "\\# escaped",
            "####### seven hashes", "<!-- # in an html comment -->", "plain text"})
    void notHeadings(String line) {
        assertThat(DocumentOutline.parse(line + "\n").headings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" # one space", "  # two spaces", "   # three spaces", "#", "# Closing sequence #####"})
    void headingsWithUpToThreeSpacesOfIndent(String line) {
        Heading h = only(DocumentOutline.parse(line + "\nbody\n"));
        assertThat(h.level()).isEqualTo(1);
        assertThat(h.start()).isZero();
        assertThat(h.text()).doesNotContain("#");
    }

    // ---------------------------------------------------------------- titles

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## <a name=\"x\"></a>2. Метрики | 2 | 2. Метрики | метрики",
            "## II. Metrics | 2 | II. Metrics | metrics",
            "## iv. data | 2 | iv. data | data",
            "## **1. Problem definition** | 2 | 1. Problem definition | problem definition",
            "## **I. Problem definition** | 2 | I. Problem definition | problem definition",
            "## 3\\. Данные | 2 | 3. Данные | данные",
            "#### *Этап 1 - Подготовка данных*   | 4 | Этап 1 - Подготовка данных | подготовка данных",
            "### Этап 1 — Подготовка данных | 3 | Этап 1 — Подготовка данных | подготовка данных",
            "### Этап 2: Модели | 3 | Этап 2: Модели | модели",
            "### Этап 3. Пилот | 3 | Этап 3. Пилот | пилот",
            "#### Stage 1: Data Preparation | 4 | Stage 1: Data Preparation | data preparation",
            "#### Step 1 - Problem | 4 | Step 1 - Problem | problem",
            "#### Шаг 1. Сбор данных | 4 | Шаг 1. Сбор данных | сбор данных",
            "## Метрики: | 2 | Метрики: | метрики",
            "## Data:.  | 2 | Data:. | data",
            "## 2.3.1 Датасет | 2 | 2.3.1 Датасет | датасет",
            "## 1.1 Задача | 2 | 1.1 Задача | задача",
            "## 1.1. Задача | 2 | 1.1. Задача | задача",
            "## 1) Problem | 2 | 1) Problem | problem",
            "## 2. Методология `Data Scientist` | 2 | 2. Методология Data Scientist | методология data scientist",
            "## Ёмкость   рынка | 2 | Ёмкость рынка | емкость рынка",
            "## 📊 Метрики | 2 | 📊 Метрики | метрики",
            "## [Данные](#data) | 2 | Данные | данные",
            "## 2024 Roadmap | 2 | 2024 Roadmap | 2024 roadmap",
            "## 1. | 2 | 1. | 1",
            "## Stage 1 | 2 | Stage 1 | stage 1",
            "## Civilization. | 2 | Civilization. | civilization",
            "## Содержание | 2 | Содержание | содержание",
    })
    void headingTextAndTitle(String line, int level, String text, String title) {
        Heading h = only(DocumentOutline.parse(line + "\nbody\n"));
        assertThat(h.level()).isEqualTo(level);
        assertThat(h.text()).isEqualTo(text);
        assertThat(h.title()).isEqualTo(title);
        assertThat(DocumentOutline.normalizeTitle(line.replaceFirst("^#+ ", ""))).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Постановка Задачи | постановка задачи",
            "2. Metrics | metrics",
            "**3. Data** | data",
            "<a name=\"d\"></a>3\\. Данные: | данные",
            "IV. Risks | risks",
            "Этап 1 — Подготовка данных | подготовка данных",
            "   Problem   statement  | problem statement",
    })
    void normalizeTitleReadsMarkdown(String raw, String normalized) {
        assertThat(DocumentOutline.normalizeTitle(raw)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"## Содержание", "## Оглавление:", "### **Table of Contents**", "## Contents", "## TOC", "## 0. Содержание"})
    void tableOfContentsHeadings(String line) {
        assertThat(only(DocumentOutline.parse(line + "\n- [a](#a)\n")).tableOfContents()).isTrue();
    }

    // ---------------------------------------------------------------- mapping

    @Test
    void tableOfContentsIsNeverMappedAndAPlainListOfLinksDoesNotConfuse() {
        String text = "# Doc\n\n"
                + "- [Problem statement](#problem)\n- [Metrics](#metrics)\n- [Data](#data)\n\n"
                + "## Содержание\n\n"
                + "1. [Постановка задачи](#p)\n2. [Метрики](#m)\n3. [Данные](#d)\n\n"
                + "## 1. Постановка задачи\nP\n"
                + "## 2. Метрики\nM\n"
                + "## 3. Данные\nD\n";
        DocumentOutline outline = DocumentOutline.parse(text);
        assertThat(outline.headings()).extracting(Heading::title, Heading::tableOfContents).containsExactly(
                tuple("doc", false), tuple("содержание", true), tuple("постановка задачи", false),
                tuple("метрики", false), tuple("данные", false));

        SectionMapper.Mapping m = mapper.map(outline, RU);
        assertThat(texts(m)).isEqualTo(Map.of("problem", "P\n", "metrics", "M\n", "data", "D\n"));
        assertThat(m.unmatched()).isEmpty();
        assertThat(mapper.map(outline, EN).bySlot()).isEqualTo(m.bySlot());
    }

    @Test
    void tableOfContentsAloneLeavesEverySlotUnmatched() {
        String text = "## Table of Contents\n\n- [Problem statement](#p)\n- [Metrics](#m)\n- [Data](#d)\n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(text), EN);
        assertThat(m.unmatched()).containsExactly("problem", "metrics", "data");
        assertThat(m.bySlot().values()).allMatch(List::isEmpty);
        assertThat(m.text("problem")).isEmpty();

        // even a slot that is itself called "Contents" does not take a table of contents
        SectionMapper.Mapping own = new SectionMapper(SynonymTable.empty())
                .map(DocumentOutline.parse(text), List.of(new Slot("contents", "1. Table of contents", null, null)));
        assertThat(own.unmatched()).containsExactly("contents");
    }

    @Test
    void realWorldVariantsMapToTheirSlots() {
        String text = "---\ntitle: Churn\n# comment\n---\n"
                + "# Churn model\n"
                + "## **I. Problem definition**\nPredict churn.\n"
                + "## <a name=\"m\"></a>II. Metrics:\nPR-AUC.\n"
                + "```\n## 3. Data\n```\n"
                + "## III\\. Data\nEvents.\n";
        DocumentOutline outline = DocumentOutline.parse(text);
        SectionMapper.Mapping m = mapper.map(outline, EN);
        assertThat(texts(m)).isEqualTo(Map.of(
                "problem", "Predict churn.\n", "metrics", "PR-AUC.\n```\n## 3. Data\n```\n", "data", "Events.\n"));
    }

    @Test
    void exactMatchBeatsAShallowerPartialMatch() {
        String text = "## Бизнес-метрики проекта\nвыручка\n### Метрики\nROC-AUC\n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(text), RU);
        assertThat(m.bySlot().get("metrics")).extracting(Heading::title).containsExactly("метрики");
        assertThat(m.text("metrics")).isEqualTo("ROC-AUC\n");
    }

    @Test
    void partialMatchesAreWholeWordsOnly() {
        String text = "## Metrics and loss functions\nAUC, log loss\n### Metrics\nAUC\n## Database layout\ntables\n";
        DocumentOutline outline = DocumentOutline.parse(text);
        SectionMapper.Mapping m = mapper.map(outline, EN);
        assertThat(m.text("metrics")).isEqualTo("AUC, log loss\n### Metrics\nAUC\n");
        assertThat(m.unmatched()).containsExactly("problem", "data");

        SectionMapper userOnly = new SectionMapper(SynonymTable.empty());
        String ru = "## Метрики и функции потерь\nтекст\n## Метрикии\nнет\n";
        assertThat(userOnly.map(DocumentOutline.parse(ru), RU).bySlot().get("metrics"))
                .extracting(Heading::line).containsExactly(1);
    }

    @Test
    void tiesGoToTheShallowerThenTheEarlierHeading() {
        String deeperFirst = "### Data\nsmall\n## Data\nbig\n";
        assertThat(mapper.map(DocumentOutline.parse(deeperFirst), EN).text("data")).isEqualTo("big\n");

        String twice = "## Data\nfirst\n## Data\nsecond\n";
        assertThat(mapper.map(DocumentOutline.parse(twice), EN).text("data")).isEqualTo("first\n");
    }

    @Test
    void blankSectionLosesToAFilledOneWithTheSameTitle() {
        String text = "## Данные\n\n## Данные\nЛоги.\n";
        assertThat(mapper.map(DocumentOutline.parse(text), RU).text("data")).isEqualTo("Логи.\n");
        String onlyBlank = "## Данные\n   \n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(onlyBlank), RU);
        assertThat(m.bySlot().get("data")).hasSize(1);
        assertThat(m.text("data")).isEqualTo("   \n");
    }

    @Test
    void aHeadingGoesToOneSlotOnly() {
        List<Slot> twoDataSlots = List.of(new Slot("a", "Data", null, null), new Slot("b", "Data", null, null));
        SectionMapper userOnly = new SectionMapper(SynonymTable.empty());

        SectionMapper.Mapping one = userOnly.map(DocumentOutline.parse("## Data\nx\n"), twoDataSlots);
        assertThat(one.bySlot().get("a")).hasSize(1);
        assertThat(one.bySlot().get("b")).isEmpty();
        assertThat(one.unmatched()).containsExactly("b");

        SectionMapper.Mapping two = userOnly.map(DocumentOutline.parse("## Data\nx\n## Data\ny\n"), twoDataSlots);
        assertThat(two.text("a")).isEqualTo("x\n");
        assertThat(two.text("b")).isEqualTo("y\n");
    }

    @Test
    void vetoedTitlesAreNotTakenByAPartialMatch() {
        String text = "## 4.5. Безопасность данных\nGDPR\n## Data privacy\nPII\n"
                + "## 2. Методология `Data Scientist`\nэтапы\n## Data drift monitoring\nPSI\n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(text), EN);
        assertThat(m.bySlot().get("data")).isEmpty();
        assertThat(m.unmatched()).containsExactly("problem", "metrics", "data");
    }

    @Test
    void slotsTheTableDoesNotKnowMatchByTheirOwnTitle() {
        List<Slot> slots = List.of(new Slot("risks", "5. Риски", null, null), new Slot("data", "3. Данные", null, null));
        String text = "## Данные\nлоги\n## 4.8. Риски:\nсроки\n";
        SectionMapper.Mapping m = mapper.map(DocumentOutline.parse(text), slots);
        assertThat(m.bySlot().keySet()).containsExactly("risks", "data");
        assertThat(m.text("risks")).isEqualTo("сроки\n");
        assertThat(m.text("data")).isEqualTo("логи\n");
    }

    @Test
    void synonymsInBothLanguagesWorkWhateverTheSlotLanguage() {
        String text = "## Task statement\nT\n## Success criteria\nS\n## Datasets\nD\n";
        assertThat(texts(mapper.map(DocumentOutline.parse(text), RU))).isEqualTo(Map.of("problem", "T\n", "metrics", "S\n", "data", "D\n"));
        String ru = "## Постановка проблемы\nП\n## Критерии успеха\nК\n## Источники данных\nИ\n";
        assertThat(texts(mapper.map(DocumentOutline.parse(ru), EN))).isEqualTo(Map.of("problem", "П\n", "metrics", "К\n", "data", "И\n"));
    }

    @Test
    void textJoinsSeveralHeadingsWithABlankLine() {
        String text = "## Data\nlogs\n## Datasets\ntables\n";
        DocumentOutline outline = DocumentOutline.parse(text);
        SectionMapper.Mapping m = mapper.map(outline, EN);
        assertThat(mapper.text(m, "data")).isEqualTo("logs\n");

        SectionMapper.Mapping both = m.with("data", outline.headings());
        assertThat(mapper.text(both, "data")).isEqualTo("logs\n\n\ntables\n");
        assertThat(SectionMapper.text(outline, List.of())).isEmpty();
        assertThat(both.with("data", List.of()).unmatched()).containsExactly("problem", "metrics", "data");
        assertThat(mapper.text(m, "unknown")).isEmpty();
    }

    @Test
    void candidatesAreOrderedBestFirst() {
        String text = "## Evaluation\ne\n## Metrics\nm\n## Business metrics\nb\n";
        List<SectionMapper.Candidate> candidates = mapper.candidates(DocumentOutline.parse(text), EN.get(1));
        assertThat(candidates).extracting(c -> c.heading().title())
                .containsExactly("metrics", "business metrics", "evaluation");
        assertThat(candidates.get(0).exact()).isTrue();
    }

    @Test
    void foreignHeadingIsRejected() {
        DocumentOutline a = DocumentOutline.parse("## A\n");
        DocumentOutline b = DocumentOutline.parse("text\n\n## B\n");
        assertThatThrownBy(() -> a.inBlockQuote(b.headings().get(0))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- synonym table

    @Test
    void synonymTableFormat() {
        SynonymTable table = SynonymTable.parse("\uFEFF# comment\r\n\n[problem]\n1. Problem Statement\nЗадача | 0.5\n!Risks\n\n[custom]\nКастом:\n[problem]\nextra\n");
        assertThat(table.slotIds()).containsExactly("problem", "custom");
        assertThat(table.synonyms("problem")).containsExactly(
                new SynonymTable.Synonym("problem statement", 1.0), new SynonymTable.Synonym("задача", 0.5),
                new SynonymTable.Synonym("extra", 1.0));
        assertThat(table.vetoes("problem")).containsExactly("risks");
        assertThat(table.synonyms("custom")).extracting(SynonymTable.Synonym::title).containsExactly("кастом");
        assertThat(table.covers("data")).isFalse();
        assertThat(table.synonyms("data")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orphan\n", "[]\n", "[a]\nx | heavy\n", "[a]\nx | 1.5\n", "[a]\nx | 0\n", "[a]\n!\n", "[a]\n | 0.5\n"})
    void synonymTableErrorsNameTheLine(String text) {
        assertThatThrownBy(() -> SynonymTable.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line ");
    }

    @Test
    void builtInTableIsNormalizedAndCoversTheThreeSlots() {
        SynonymTable table = SynonymTable.builtIn();
        assertThat(table.slotIds()).containsExactly("problem", "metrics", "data");
        for (String slot : table.slotIds()) {
            Set<String> seen = new HashSet<>();
            for (SynonymTable.Synonym s : table.synonyms(slot)) {
                assertThat(DocumentOutline.normalizePlainTitle(s.title())).isEqualTo(s.title());
                assertThat(seen.add(s.title())).as("duplicate " + s.title()).isTrue();
            }
        }
        assertThat(table.synonyms("problem")).extracting(SynonymTable.Synonym::title)
                .contains("постановка задачи", "problem statement", "task statement", "problem definition", "постановка проблемы", "задача");
        assertThat(table.synonyms("metrics")).extracting(SynonymTable.Synonym::title)
                .contains("метрики", "metrics", "success metrics", "метрики и функции потерь", "metrics and loss functions",
                        "что считаем успешным пилотом", "success criteria", "критерии успеха", "метрики качества", "evaluation metrics");
        assertThat(table.synonyms("data")).extracting(SynonymTable.Synonym::title)
                .contains("данные", "data", "подготовка данных", "data preparation", "датасет", "dataset", "источники данных", "data sources");
        // no synonym of one slot is a synonym of another
        Set<String> all = new HashSet<>();
        for (String slot : table.slotIds()) {
            for (SynonymTable.Synonym s : table.synonyms(slot)) {
                assertThat(all.add(s.title())).as("shared " + s.title()).isTrue();
            }
        }
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 300)
    void offsetsAndSectionsAreConsistent(@ForAll("documents") String text) {
        DocumentOutline outline = DocumentOutline.parse(text);
        List<Heading> headings = outline.headings();
        int previous = -1;
        for (Heading h : headings) {
            assertThat(headings.get(h.index())).isSameAs(h);
            assertThat(h.start()).isGreaterThan(previous);
            previous = h.start();
            assertThat(h.start() == 0 || text.charAt(h.start() - 1) == '\n').isTrue();
            assertThat(h.bodyStart() == text.length() || text.charAt(h.bodyStart() - 1) == '\n').isTrue();
            assertThat(h.end()).isBetween(h.bodyStart(), text.length());
            assertThat(h.line()).isEqualTo(1 + (int) text.substring(0, h.start()).chars().filter(c -> c == '\n').count());
            assertThat(outline.body(h)).isEqualTo(text.substring(h.bodyStart(), h.end()));
            for (Heading other : headings) {
                if (other.start() >= h.bodyStart() && other.start() < h.end()) {
                    assertThat(other.level()).as("a heading inside the section of " + h).isGreaterThan(h.level());
                }
            }
            if (!outline.inBlockQuote(h) && !outline.inListItem(h)) {
                int next = headings.stream().filter(o -> o.index() > h.index() && o.level() <= h.level())
                        .mapToInt(Heading::start).findFirst().orElse(text.length());
                assertThat(h.end()).isEqualTo(next);
            }
        }
        SectionMapper.Mapping m = mapper.map(outline, EN);
        List<Heading> mapped = new ArrayList<>();
        m.bySlot().values().forEach(mapped::addAll);
        assertThat(mapped).doesNotHaveDuplicates().noneMatch(Heading::tableOfContents);
        assertThat(m.bySlot().values()).allMatch(list -> list.size() <= 1);
        m.bySlot().forEach((slot, list) -> assertThat(m.unmatched().contains(slot)).isEqualTo(list.isEmpty()));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.of(
                "# Title", "## 1. Problem statement", "## Metrics", "### Data", "#### Stage 1: Data preparation", "#NoSpace",
                "   ## Indented", "    # code", "> ## Quoted data", "> text", "- ## Listed", "- item", "  continued",
                "```", "~~~", "---", "===", "Setext candidate", "", "", "text", "| a | b |", "|---|---|", "<div>",
                "## Содержание", "- [Data](#data)", "## <a name=\"x\"></a>2. Метрики", "## **I. Problem definition**");
        return line.list().ofMaxSize(30).flatMap(lines -> Arbitraries.of("", "\n")
                .map(last -> String.join("\n", lines) + (lines.isEmpty() ? "" : last)));
    }

    @Property(tries = 500)
    void normalizationIsIdempotent(@ForAll("titles") String title) {
        String once = DocumentOutline.normalizePlainTitle(title);
        assertThat(DocumentOutline.normalizePlainTitle(once)).isEqualTo(once);
        assertThat(once).isEqualTo(once.strip()).doesNotContain("  ").doesNotContain("ё").isEqualTo(once.toLowerCase(java.util.Locale.ROOT));
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> piece = Arbitraries.of("1", ".", "2.3", " ", "  ", "\t", "\u00A0", "I", "iv", "X.", ":", "-", "—", "–",
                "Этап", "Stage", "step", "Ёж", "data", "Метрики", "#", "§", "📊", ")", "(", "a", "ё");
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}

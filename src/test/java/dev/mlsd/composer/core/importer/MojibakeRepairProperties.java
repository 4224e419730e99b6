package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class MojibakeRepairProperties {

    private final MojibakeRepair repair = new MojibakeRepair();

    // --- text that was right to begin with is never changed ---

    @Property(tries = 2000, seed = "7051")
    void rightTextIsNeverChanged(@ForAll("realText") String text) {
        assertThat(repair.find(text)).isEmpty();
    }

    @Property(tries = 1000, seed = "7052")
    void realTextScoresNearZero(@ForAll("spacedRealText") String text) {
        // "near": the pieces include a few harmless oddities ("МойСклад", "Pythonом"), one point each
        assertThat(MojibakeBadness.of(text)).isLessThanOrEqualTo(countOddPieces(text));
    }

    @Property(tries = 1000, seed = "7053")
    void randomCyrillicAndLatin1LettersAreNeverChanged(@ForAll("letterSoup") String text) {
        assertThat(repair.find(text)).isEmpty();
    }

    @Example
    void everyPieceScoresZero() {
        for (String piece : PIECES) {
            assertThat(MojibakeBadness.of(piece)).as(piece).isZero();
        }
    }

    @Example
    void theCorpusScoresZeroAndIsLeftAlone() throws IOException {
        for (String name : List.of("01_ru_reliableml_template.md", "02_en_eugeneyan_template.md",
                "04_ru_ru_mansi_translation.md", "08_ru_downtime_cost_marketplace.md",
                "10_en_downtime_cost_marketplace.md", "14_en_imageauthai.md", "SOURCES.md")) {
            String text = resource("/corpus/" + name);
            assertThat(MojibakeBadness.of(text)).as(name).isZero();
            assertThat(repair.find(text)).as(name).isEmpty();
        }
    }

    @Example
    void theCorpusIsRepairedFromEveryCodePage() throws IOException {
        for (String name : List.of("01_ru_reliableml_template.md", "02_en_eugeneyan_template.md",
                "08_ru_downtime_cost_marketplace.md")) {
            String text = resource("/corpus/" + name);
            for (String page : List.of("x-MacRoman", "ISO-8859-1", "windows-1252", "windows-1251")) {
                String mojibake = TextDecoderTest.readAsWindowsDoes(text.getBytes(StandardCharsets.UTF_8), page);
                Repair found = repair.find(mojibake).orElseThrow(() -> new AssertionError(name + " via " + page));
                assertThat(found.repairedText()).as(name + " via " + page).isEqualTo(text);
                assertThat(found.codePage()).isEqualTo(TextDecoderTest.displayName(page));
            }
        }
    }

    @Example
    void badnessOfTypicalMojibakeIsHigh() {
        assertThat(MojibakeBadness.of("РџСЂРёРІРµС‚, РјРёСЂ")).isGreaterThanOrEqualTo(6);
        assertThat(MojibakeBadness.of("ÐŸÑ€Ð¸Ð²ÐµÑ‚")).isGreaterThanOrEqualTo(6);
        assertThat(MojibakeBadness.of("–ü—Ä–∏–≤–µ—Ç")).isGreaterThanOrEqualTo(6);
        assertThat(MojibakeBadness.of("Ã©tÃ© Ã  l’Ã©cole")).isGreaterThanOrEqualTo(3);
        assertThat(MojibakeBadness.of("\uFFFD\u0080")).isEqualTo(4);
    }

    @Example
    void aSingleOddPairIsNotEnough() {
        // "cafÃ©" scores 1: repairing it would be right, but one pair is not clear evidence
        assertThat(repair.find("cafÃ©")).isEmpty();
        String phrase = "café à la crème brûlée";
        String mojibake = new String(phrase.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(mojibake).isEqualTo("cafÃ© Ã\u00A0 la crÃ¨me brÃ»lÃ©e");
        assertThat(repair.find(mojibake)).map(Repair::repairedText).contains(phrase);
    }

    // --- mojibake of random Russian and English text is repaired exactly ---

    @Property(tries = 1000, seed = "7054")
    void macRomanMojibakeIsRepairedExactly(@ForAll("russianEnglish") String text) {
        assertRepaired(text, "x-MacRoman");
    }

    @Property(tries = 300, seed = "7055")
    void mojibakeFromTheOtherCodePagesIsRepairedExactly(@ForAll("russianEnglish") String text,
            @ForAll @IntRange(min = 0, max = 2) int which) {
        assertRepaired(text, List.of("ISO-8859-1", "windows-1252", "windows-1251").get(which));
    }

    private void assertRepaired(String text, String page) {
        String mojibake = TextDecoderTest.readAsWindowsDoes(text.getBytes(StandardCharsets.UTF_8), page);

        Repair found = repair.find(mojibake).orElseThrow(() -> new AssertionError("no repair of " + mojibake));

        assertThat(found.repairedText()).isEqualTo(text);
        // with no byte 0x80-0x9F but the five windows-1252 lacks, both code pages give the same text: the first wins
        boolean sameAsLatin1 = mojibake.equals(
                TextDecoderTest.readAsWindowsDoes(text.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
        assertThat(found.codePage()).isEqualTo(sameAsLatin1 ? "ISO-8859-1" : TextDecoderTest.displayName(page));
        assertThat(found.badnessAfter()).isZero();
        assertThat(found.badnessAfter() * 2).isLessThanOrEqualTo(found.badnessBefore());
    }

    // --- generators ---

    static final List<String> RUSSIAN = List.of("Постановка задачи", "отток клиентов", "Метрики качества",
            "данные за 2023 год", "ёлка", "Её объём", "съёмка", "ВВЕДЕНИЕ", "Москва—Петербург", "«кавычки»",
            "— тире", "№ 5", "т. е.", "и т. д.", "С уважением,", "кВт·ч", "100 м²", "20 °С", "Ответ: да…",
            "Гипотеза", "модель", "Признаки", "выборка", "Ъ", "щ", "Я", "я", "э", "ЁЖ", "ё");
    static final List<String> ENGLISH = List.of("The model", "don't", "it’s", "“quoted”", "‘single’", "naïve",
            "résumé", "e.g.", "API", "F1-score", "Problem statement", "—", "–", "…", "•", "™", "©", "®");
    static final List<String> UKRAINIAN = List.of("Київ", "їжак", "Європа", "ґанок", "м’ята", "Привіт, світе!",
            "Ці дані", "Інформація", "ІІ", "Ґ", "є", "ї");
    static final List<String> WESTERN = List.of("Größe", "Übermäßig", "schön", "Straße", "Ärger", "façade",
            "L’été à Paris", "où", "garçon", "crème brûlée", "¿Qué tal?", "¡Mañana!", "niño", "señor", "Œuvre",
            "ça", "Ça", "ÉCOLE", "À", "ß", "Ñ", "ÿ", "Ø", "Åse", "Ðe", "Þór", "Æsir", "«\u00A0oui\u00A0»");
    static final List<String> EMOJI = List.of("😀", "👩‍💻", "🏗️", "👍🏽", "🇷🇺", "❤️", "👨‍👩‍👧‍👦", "©️", "✅",
            "🚀", "\u200D", "\uFE0F");
    static final List<String> CODE = List.of("{", "}", "x += 1;", "{{slot}}", "{{problem}}",
            "if (a >= b) { return; }", "a && b || !c", "<div>", "->", "=>", "i++", "`code`", "```python\n",
            "#include <x>", "arr[0]", "$var", "\\n", "// comment", "/* */", "a != b", "\"s\"", "'c'");
    static final List<String> MARKDOWN = List.of("# ", "## ", "- ", "* ", "1. ", "> ", "| a | b |", "|---|---|",
            "**", "_", "[link](http://x.y)", "![img](a.png)", "---", "```", "- [ ] ");
    static final List<String> NUMBERS = List.of("0", "42", "3.14", "1 000 000", "4,5%", "−5", "2024-01-01", "10⁶",
            "½", "¾", "1e-3", "$100", "€5", "£3", "¥7", "¼", "5‰");
    static final List<String> MATH = List.of("≤", "≥", "±", "×", "÷", "≈", "≠", "∞", "√2", "∑", "∫", "π", "α",
            "β", "λ", "Δt", "x²", "σ²", "°C", "°", "µ", "∈", "→", "⇒", "∂f/∂x", "a ≤ b", "2πr", "Ω(n)");
    static final List<String> SPACE = List.of(" ", "  ", "\t", "\n", "\n\n", "\u00A0", " ", ". ", ", ");
    /** Pieces with a harmless oddity worth one point of badness each. */
    static final List<String> ODD = List.of("МойСклад", "Pythonом", "µм");
    static final List<String> PIECES = concat(RUSSIAN, ENGLISH, UKRAINIAN, WESTERN, EMOJI, CODE, MARKDOWN, NUMBERS,
            MATH, SPACE);

    /** Pieces of real writing, sometimes glued together without a space. */
    @Provide
    Arbitrary<String> realText() {
        return pieces(Arbitraries.of("", " ", " ", "\n"));
    }

    /** Pieces of real writing separated by white space. */
    @Provide
    Arbitrary<String> spacedRealText() {
        return pieces(Arbitraries.of(" ", " ", "\n", "\t", "\n\n"));
    }

    private static Arbitrary<String> pieces(Arbitrary<String> separator) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(PIECES)),
                Tuple.of(2, Arbitraries.of(ODD)),
                Tuple.of(3, Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('А', 'Я').ofMinLength(1).ofMaxLength(4)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)));
        return Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(30)
                .map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> letterSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('Ѐ', 'џ').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('À', 'ÿ').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withChars("іїєґІЇЄҐ’«»—–…№ ").ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6));
        return piece.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join(" ", list));
    }

    static final List<String> RUSSIAN_WORDS = List.of("модель", "данные", "признак", "выборка", "метрика",
            "качество", "отток", "клиент", "задача", "обучение", "прогноз", "точность", "полнота", "ошибка",
            "сервис", "подписка", "скидка", "история", "событие", "платёж", "объём", "ёмкость", "Постановка",
            "Метрики", "Данные", "Итого", "Эксперимент", "Юнит", "Щит", "ЦЕЛЬ", "Шаг", "Хранилище", "Фича");
    static final List<String> ENGLISH_WORDS = List.of("model", "data", "feature", "the", "and", "PR-AUC", "ROI",
            "latency", "baseline", "A/B", "test", "SQL", "Python", "ms", "GPU");

    @Provide
    Arbitrary<String> russianEnglish() {
        Arbitrary<String> russian = Arbitraries.of(RUSSIAN_WORDS);
        Arbitrary<String> english = Arbitraries.of(ENGLISH_WORDS);
        Arbitrary<String> number = Arbitraries.integers().between(0, 100_000).map(String::valueOf);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(5, russian), Tuple.of(3, english), Tuple.of(1, number));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", ". ", "\n", " - ", ": ", "\n## ", "\n- ");
        Arbitrary<String> tail = Combinators.combine(word, separator).as((w, s) -> s + w).list().ofMaxSize(25)
                .map(list -> String.join("", list));
        // at least two Russian words, so there is something to repair
        return Combinators.combine(russian, russian, tail).as((a, b, rest) -> a + " " + b + rest);
    }

    private static int countOddPieces(String text) {
        int count = 0;
        for (String odd : ODD) {
            for (int i = text.indexOf(odd); i >= 0; i = text.indexOf(odd, i + 1)) {
                count++;
            }
        }
        return count;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MojibakeRepairProperties.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.text.TextNormalizer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    /** A Russian design document that every Cyrillic code page can hold: no «», em dash or №, which KOI8-R lacks. */
    static final String DOC = """
            # Прогноз оттока клиентов

            ## Постановка задачи
            Сервис подписки теряет около 4,5% клиентов в месяц. Нужно за 7 дней до конца
            подписки предсказать, кто уйдёт, и предложить ему персональную скидку.

            ## Метрики
            - Основная: PR-AUC >= 0,35 на отложенной выборке (последние 2 месяца).
            - Бизнес: снижение оттока на 0,8 п.п. за квартал, ROI > 1,5.
            - Ограничение: задержка ответа модели < 200 мс, объём памяти до 2 ГБ.

            ## Данные
            | Источник | Объём | Обновление |
            |---|---|---|
            | Логи приложения | 120 млн событий | ежедневно |
            | Платежи и тарифы | 2,3 млн строк | ежечасно |

            Итого: 18 месяцев истории; "холодный старт" - у 12% пользователей. Съёмка ёлки не нужна!
            """;

    static final String[] SHORT = {
        "Привет, мир!\nКак дела?\n",
        "## Метрики\nТочность и полнота модели.",
        "Данные: логи за 3 месяца.\nОбъём - 40 ГБ, Ёмкость - 1 ТБ.",
        "ЗАДАЧА\nснизить отток на 5%",
    };

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8IsReadAsUtf8() {
        DecodedText decoded = decoder.decode(DOC.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(DOC);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.repair()).isNull();
        assertThat(decoded.textWithRepair()).isEqualTo(DOC);
    }

    @Test
    void utf8WithBomDropsTheBom() {
        DecodedText decoded = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                DOC.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(DOC);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.repair()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void unicodeWithBomIsReadByTheBom(String charset) {
        byte[] bytes = ("\uFEFF" + DOC).getBytes(Charset.forName(charset));

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(DOC);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.repair()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomIsRecognised(String charset) {
        for (String text : new String[] {DOC, "Hello, world!\nSecond line.\n"}) {
            DecodedText decoded = decoder.decode(text.getBytes(Charset.forName(charset)));

            assertThat(decoded.text()).isEqualTo(text);
            assertThat(decoded.charset()).isEqualTo(charset);
            assertThat(decoded.detected()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R", "IBM866"})
    void russianInASingleByteCodePageIsDetected(String charset) {
        DecodedText decoded = decoder.decode(DOC.getBytes(Charset.forName(charset)));

        assertThat(decoded.text()).isEqualTo(DOC);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.detected()).isTrue();
        assertThat(decoded.repair()).isNull();
    }

    static Stream<Arguments> shortTexts() {
        return Stream.of("windows-1251", "KOI8-R", "IBM866")
                .flatMap(charset -> Arrays.stream(SHORT).map(text -> Arguments.of(charset, text)));
    }

    @ParameterizedTest
    @MethodSource("shortTexts")
    void shortRussianTextsAreDetectedToo(String charset, String text) {
        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName(charset)));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.detected()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R", "IBM866"})
    void everyLineOfTheDocumentIsDetectedOnItsOwn(String charset) {
        for (String line : DOC.split("\n")) {
            if (line.chars().anyMatch(c -> c >= 0x80)) {
                assertThat(decoder.decode(line.getBytes(Charset.forName(charset))).text()).as(line).isEqualTo(line);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1251", "KOI8-R", "IBM866"})
    void crlfComesOutAsLf(String charset) {
        byte[] bytes = DOC.replace("\n", "\r\n").getBytes(Charset.forName(charset));

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(DOC);
        assertThat(decoded.charset()).isEqualTo(charset);
    }

    @Test
    void englishAsciiStaysUtf8() {
        String text = "# Churn prediction\n\n## Metrics\n- PR-AUC >= 0.35\n- latency < 200 ms\n";

        DecodedText decoded = decoder.decode(text.getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.repair()).isNull();
    }

    @Test
    void westernTextInWindows1252IsDetected() {
        String text = "Größe und Übermäßigkeit: café, façade, naïve — señor niño.\nDie Straße ist schön.\n";

        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.detected()).isTrue();
    }

    @Test
    void emptyInputIsEmptyUtf8() {
        DecodedText decoded = decoder.decode(new byte[0]);

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.repair()).isNull();
    }

    @Test
    void utf8WithABrokenByteIsStillUtf8() {
        byte[] utf8 = DOC.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(utf8, utf8.length - 3); // cuts "!\n" and half of the last "а"
        byte[] broken = DOC.getBytes(StandardCharsets.UTF_8);
        broken[5] = (byte) 0xFF;

        DecodedText cut = decoder.decode(truncated);
        DecodedText bad = decoder.decode(broken);

        assertThat(cut.charset()).isEqualTo("UTF-8");
        assertThat(cut.detected()).isTrue();
        assertThat(cut.text()).startsWith(DOC.substring(0, 200)).endsWith("\uFFFD");
        assertThat(bad.charset()).isEqualTo("UTF-8");
        assertThat(bad.text()).contains("\uFFFD").endsWith(DOC.substring(10));
    }

    @Test
    void anyBytesDecodeWithoutThrowing() {
        Random random = new Random(20240601);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(i % 3 == 0 ? 8 : 200)];
            random.nextBytes(bytes);
            if (i % 5 == 0 && bytes.length > 2) {
                bytes[0] = (byte) 0xFF; // a UTF-16LE BOM, maybe followed by an odd number of bytes
                bytes[1] = (byte) 0xFE;
            }

            DecodedText decoded = decoder.decode(bytes);

            assertThat(decoded.text()).isNotNull();
            assertThat(TextNormalizer.isNormal(decoded.text())).isTrue();
            assertThat(decoded.text()).doesNotContain("\r");
            assertThat(Charset.isSupported(decoded.charset())).isTrue();
        }
    }

    // --- mojibake: the document's UTF-8 bytes read as a code page and saved again as UTF-8 ---

    @ParameterizedTest
    @ValueSource(strings = {"x-MacRoman", "ISO-8859-1", "windows-1252", "windows-1251"})
    void mojibakeIsRepairedBackToTheOriginal(String javaCharset) {
        String mojibake = readAsWindowsDoes(DOC.getBytes(StandardCharsets.UTF_8), javaCharset);
        assertThat(mojibake).isNotEqualTo(DOC);

        DecodedText decoded = decoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.detected()).isFalse();
        assertThat(decoded.text()).isEqualTo(mojibake);
        assertThat(decoded.repair()).isNotNull();
        assertThat(decoded.repair().codePage()).isEqualTo(displayName(javaCharset));
        assertThat(decoded.repair().repairedText()).isEqualTo(DOC);
        assertThat(decoded.repair().badnessAfter()).isZero();
        assertThat(decoded.repair().badnessBefore()).isGreaterThan(100);
        assertThat(decoded.textWithRepair()).isEqualTo(DOC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-MacRoman", "ISO-8859-1", "windows-1252", "windows-1251"})
    void mojibakeMadeByJavasOwnDecoderIsRepairedWhenLossless(String javaCharset) {
        // no "с", "я", "э", "А", "Н" (bytes Java's windows-1252 lacks) and no "И" (0x98, which its windows-1251 lacks)
        String original = "Привет, мир! Добро пожаловать в проект.\nМодель обучена на логах.\n";
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName(javaCharset));
        assertThat(mojibake).doesNotContain("\uFFFD");

        DecodedText decoded = decoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.repair()).isNotNull();
        assertThat(decoded.repair().codePage()).isEqualTo(displayName(javaCharset));
        assertThat(decoded.textWithRepair()).isEqualTo(original);
    }

    @Test
    void lossyMojibakeIsNotTouched() {
        // Java's windows-1252 turns 0x81 (the second byte of "с") into U+FFFD: the original is lost
        String mojibake = new String(DOC.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(mojibake).contains("\uFFFD");

        DecodedText decoded = decoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.repair()).isNull();
        assertThat(decoded.textWithRepair()).isEqualTo(mojibake);
    }

    @Test
    void mojibakeOfAUtf8FileWithBomDropsTheBomToo() {
        String mojibake = new String(("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(mojibake).startsWith("ï»¿");

        DecodedText decoded = decoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.textWithRepair()).isEqualTo(DOC);
    }

    @Test
    void mojibakeBehindAUtf8BomIsRepairedToo() {
        String mojibake = readAsWindowsDoes(DOC.getBytes(StandardCharsets.UTF_8), "windows-1251");

        DecodedText decoded = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                mojibake.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.repair()).isNotNull();
        assertThat(decoded.textWithRepair()).isEqualTo(DOC);
    }

    @Test
    void correctTextGetsNoRepair() {
        for (String text : new String[] {DOC, String.join("\n", SHORT), "Größe café naïve señor",
                "Київ, їжак, ґанок, Європа", "😀 👩‍💻 🏗️ x += 1; {{slot}} a ≤ b ≥ c ± d × e"}) {
            assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8)).repair()).as(text).isNull();
        }
    }

    /** Decodes byte by byte as Windows and browsers do: a byte Java leaves undefined becomes the C1 control. */
    static String readAsWindowsDoes(byte[] bytes, String javaCharset) {
        Charset charset = Charset.forName(javaCharset);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, charset);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    static String displayName(String javaCharset) {
        return javaCharset.equals("x-MacRoman") ? "MacRoman" : javaCharset;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}

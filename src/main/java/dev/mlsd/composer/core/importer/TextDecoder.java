package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a user document (a Markdown or text design document) to text, whatever its encoding.
 *
 * <ol>
 * <li>A byte order mark decides: UTF-8, UTF-16LE/BE, UTF-32LE/BE.
 * <li>Without one, text with a zero or control byte in nearly every other position is UTF-16 without a BOM
 * ({@code detected}).
 * <li>Bytes that decode as strict UTF-8 are UTF-8; the text is then checked for mojibake ({@link MojibakeRepair}) and a
 * repair is proposed, not applied.
 * <li>Anything else is guessed ({@code detected}). juniversalchardet gives an answer (its MACCYRILLIC, which it reports
 * for much windows-1251 Russian, is read as windows-1251), but the detector is weak on short input and confuses the
 * Cyrillic code pages, so it does not decide alone: the bytes are decoded with each of windows-1251, KOI8-R, IBM866,
 * windows-1252, lenient UTF-8 and the detector's answer, and the most plausible text wins (see
 * {@link #plausibility(String)}); the detector's answer wins ties. A CJK multi-byte answer (Shift_JIS, GB18030, ...)
 * is trusted when it decodes cleanly and every single-byte reading shows mojibake.
 * </ol>
 *
 * <p>Never throws: any byte array gives a text (malformed input becomes U+FFFD), the empty array gives "" as UTF-8.
 *
 * <p>Known limits: legacy Greek and Hebrew code pages lose to windows-1251 (the detector names them for some short
 * Russian lines, so its Greek or Hebrew answer is not trusted); a real x-MacCyrillic file is read as windows-1251, its
 * capitals wrong; UTF-32 needs its BOM; a file of one or two short words may be ambiguous (IBM866 "том" is also valid
 * UTF-8).
 */
public final class TextDecoder {

    private static final String UTF_8 = "UTF-8";

    /** The single-byte code pages always compared for a document that is not UTF-8. */
    private static final List<String> FALLBACKS = List.of("windows-1251", "KOI8-R", "IBM866", "windows-1252");

    /** juniversalchardet's answers that Java spells differently or that are read as another charset. */
    private static final Map<String, String> DETECTOR_NAMES = Map.ofEntries(
            Map.entry("WINDOWS-1251", "windows-1251"),
            Map.entry("MACCYRILLIC", "windows-1251"), // the detector's usual answer for windows-1251 Russian
            Map.entry("KOI8-R", "KOI8-R"),
            Map.entry("IBM866", "IBM866"),
            Map.entry("IBM855", "IBM855"),
            Map.entry("ISO-8859-5", "ISO-8859-5"),
            Map.entry("WINDOWS-1252", "windows-1252"),
            Map.entry("ISO-8859-1", "windows-1252"),
            Map.entry("US-ASCII", "windows-1252"),
            Map.entry("WINDOWS-1253", "windows-1253"),
            Map.entry("ISO-8859-7", "ISO-8859-7"),
            Map.entry("WINDOWS-1255", "windows-1255"),
            Map.entry("ISO-8859-8", "ISO-8859-8"),
            Map.entry("TIS620", "TIS-620"),
            Map.entry("UTF-8", UTF_8),
            Map.entry("UTF-16LE", "UTF-16LE"),
            Map.entry("UTF-16BE", "UTF-16BE"),
            Map.entry("UTF-32LE", "UTF-32LE"),
            Map.entry("UTF-32BE", "UTF-32BE"),
            Map.entry("SHIFT_JIS", "Shift_JIS"),
            Map.entry("EUC-JP", "EUC-JP"),
            Map.entry("ISO-2022-JP", "ISO-2022-JP"),
            Map.entry("GB18030", "GB18030"),
            Map.entry("GBK", "GBK"),
            Map.entry("BIG5", "Big5"),
            Map.entry("EUC-KR", "EUC-KR"),
            Map.entry("ISO-2022-KR", "ISO-2022-KR"),
            Map.entry("EUC-TW", "x-EUC-TW"),
            Map.entry("ISO-2022-CN", "ISO-2022-CN"));

    /** Detector answers that are multi-byte CJK encodings, which check the byte structure and are trusted more. */
    private static final List<String> CJK = List.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "GBK", "Big5",
            "EUC-KR", "ISO-2022-KR", "x-EUC-TW", "ISO-2022-CN");

    /** Penalty per point of {@link MojibakeRepair#badness(String)} and per mixed-script word in plausibility. */
    private static final double PENALTY = 4.0;

    private final MojibakeRepair mojibake = new MojibakeRepair();

    /** Decodes {@code bytes}; never throws. */
    public DecodedText decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new DecodedText("", UTF_8, false, null);
        }
        try {
            return decodeChecked(bytes);
        } catch (RuntimeException e) {
            // a charset or the detector failed in an unforeseen way: lenient UTF-8 still gives the user their text
            return new DecodedText(TextNormalizer.normalize(dropBom(lenient(bytes, StandardCharsets.UTF_8))), UTF_8,
                    true, null);
        }
    }

    private DecodedText decodeChecked(byte[] bytes) {
        DecodedText withBom = decodeByBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            String text = TextNormalizer.normalize(lenient(bytes, Charset.forName(utf16)));
            return new DecodedText(text, utf16, true, mojibake.find(text).orElse(null));
        }
        String utf8 = MojibakeRepair.strictUtf8(bytes);
        if (utf8 != null) {
            String text = TextNormalizer.normalize(utf8);
            return new DecodedText(text, UTF_8, false, mojibake.find(text).orElse(null));
        }
        return guess(bytes);
    }

    private DecodedText decodeByBom(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return unicode(b, 3, UTF_8);
        }
        if (n >= 4 && n % 4 == 0 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return unicode(b, 4, "UTF-32LE");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return unicode(b, 4, "UTF-32BE");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return unicode(b, 2, "UTF-16LE");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return unicode(b, 2, "UTF-16BE");
        }
        return null;
    }

    private DecodedText unicode(byte[] bytes, int bomLength, String charset) {
        String text = lenient(ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength), Charset.forName(charset));
        text = TextNormalizer.normalize(text);
        return new DecodedText(text, charset, false, mojibake.find(text).orElse(null));
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 without a BOM: in Latin and Cyrillic text the high
     * byte of nearly every character is 0x00 or 0x04, a control byte no text file has, while the low bytes are mostly
     * not; {@code null} otherwise (also when the UTF-16 reading is malformed).
     */
    static String utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int limit = Math.min(b.length, 1 << 16);
        int pairs = limit / 2;
        int controlEven = 0;
        int controlOdd = 0;
        for (int i = 0; i + 1 < limit; i += 2) {
            controlEven += isControlByte(b[i]) ? 1 : 0;
            controlOdd += isControlByte(b[i + 1]) ? 1 : 0;
        }
        String charset = null;
        if (controlOdd >= pairs * 0.6 && controlEven <= pairs * 0.25) {
            charset = "UTF-16LE";
        } else if (controlEven >= pairs * 0.6 && controlOdd <= pairs * 0.25) {
            charset = "UTF-16BE";
        }
        if (charset == null || decodeOrNull(b, Charset.forName(charset)) == null) {
            return null;
        }
        return charset;
    }

    private static boolean isControlByte(byte x) {
        int v = x & 0xFF;
        return v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f';
    }

    /** Not UTF-8 and no BOM: the detector's answer and the fallbacks compete; see the class comment. */
    private DecodedText guess(byte[] bytes) {
        byte[] sample = sample(bytes);
        String answer = detectorAnswer(sample);
        boolean answerIsCjk = answer != null && CJK.contains(answer);
        List<String> candidates = new ArrayList<>(FALLBACKS);
        candidates.add(UTF_8);
        if (answer != null && !answerIsCjk && !candidates.contains(answer)) {
            candidates.add(answer);
        }
        Charset best = null;
        String bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String name : candidates) {
            Charset charset = charsetOrNull(name);
            if (charset == null) {
                continue;
            }
            String text = lenient(sample, charset);
            double score = plausibility(text) + (name.equals(answer) ? 0.5 : 0.0);
            if (score > bestScore) {
                bestScore = score;
                best = charset;
                bestText = text;
            }
        }
        if (best == null) {
            best = StandardCharsets.UTF_8;
            bestText = lenient(sample, best);
        }
        if (answerIsCjk && MojibakeRepair.badness(bestText) > 0) {
            Charset charset = charsetOrNull(answer);
            String text = charset == null ? null : decodeOrNull(bytes, charset);
            if (text != null && text.codePoints().anyMatch(TextDecoder::isCjk)) {
                return new DecodedText(TextNormalizer.normalize(dropBom(text)), charset.name(), true, null);
            }
        }
        Charset western = charsetOrNull("windows-1252");
        if (western != null && !best.equals(western) && !hasCyrillic(bestText)
                && bestText.equals(lenient(sample, western))) {
            best = western; // the same text (say, English with an em dash): name the Western code page
        }
        String text = sample.length == bytes.length ? bestText : lenient(bytes, best);
        return new DecodedText(TextNormalizer.normalize(dropBom(text)), best.name(), true, null);
    }

    /** The first 256 KiB, cut after a line feed when there is one in the second half: enough to judge by. */
    private static byte[] sample(byte[] bytes) {
        int limit = 256 * 1024;
        if (bytes.length <= limit) {
            return bytes;
        }
        int end = limit;
        for (int i = limit - 1; i >= limit / 2; i--) {
            if (bytes[i] == '\n') {
                end = i + 1;
                break;
            }
        }
        return Arrays.copyOf(bytes, end);
    }

    private static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** juniversalchardet's answer as a Java charset name, or {@code null} when it has none or an unknown one. */
    static String detectorAnswer(byte[] bytes) {
        String raw;
        try {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            raw = detector.getDetectedCharset();
        } catch (RuntimeException e) {
            return null;
        }
        if (raw == null) {
            return null;
        }
        String mapped = DETECTOR_NAMES.get(raw.toUpperCase(Locale.ROOT));
        if (mapped == null) {
            Charset charset = charsetOrNull(raw);
            return charset == null ? null : charset.name();
        }
        return charsetOrNull(mapped) == null ? null : mapped;
    }

    /**
     * How plausible {@code text} is as a document, to compare readings of the same bytes. Each non-ASCII character
     * earns points for being common in real writing (ASCII is the same in every reading and earns nothing):
     * <ul>
     * <li>Russian lowercase letters by frequency: 4 for о е а и н т с р в л, 3 for к м д п у я ы ь г з б ч, 2 for
     * й х ж ш ю ц щ э ф, 1 for ъ ё; any uppercase Cyrillic letter 1 (real text is mostly lowercase, so a reading that
     * swaps the case, as KOI8-R and windows-1251 do to each other, loses); Ukrainian і ї є ґ 2;
     * <li>Latin-1 letters 2 lowercase, 1 uppercase; Greek, Hebrew, Arabic, Thai and other letters 1; CJK ideographs,
     * kana and Hangul 3 (they take two bytes);
     * <li>typographic punctuation (« » — – … “ ” „ ‘ ’ № ° • € NBSP) 2; math signs ≤ ≥ ± × ÷ ≈ ≠ 1.5 (a lone "≥" in
     * KOI8-R is byte 0x99, which IBM866 reads as "Щ");
     * <li>C1 controls and U+FFFD −6.
     * </ul>
     * From the sum it subtracts 4 per point of {@link MojibakeRepair#badness(String)} and 4 per word that mixes
     * letters of two scripts (other than CJK with Latin).
     */
    static double plausibility(String text) {
        double score = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) {
                score += weight(c);
            }
        }
        return score - PENALTY * (MojibakeRepair.badness(text) + mixedScriptWords(text));
    }

    private static final String RUSSIAN_TIER_4 = "оеаинтсрвл";
    private static final String RUSSIAN_TIER_3 = "кмдпуяыьгзбч";
    private static final String RUSSIAN_TIER_2 = "йхжшюцщэф";
    private static final String UKRAINIAN = "іїєґ";
    private static final String PUNCTUATION = "«»—–…“”„‘’№°•€\u00A0";
    private static final String MATH = "≤≥±×÷≈≠";

    private static double weight(int c) {
        if (c <= 0x9F || c == 0xFFFD) {
            return -6;
        }
        if (c < 0x10000) {
            char ch = (char) c;
            if (RUSSIAN_TIER_4.indexOf(ch) >= 0) {
                return 4;
            }
            if (RUSSIAN_TIER_3.indexOf(ch) >= 0) {
                return 3;
            }
            if (RUSSIAN_TIER_2.indexOf(ch) >= 0 || UKRAINIAN.indexOf(ch) >= 0) {
                return 2;
            }
            if (PUNCTUATION.indexOf(ch) >= 0) {
                return 2;
            }
            if (MATH.indexOf(ch) >= 0) {
                return 1.5;
            }
        }
        if (!Character.isLetter(c)) {
            return 0;
        }
        if (isCjk(c)) {
            return 3;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.CYRILLIC) {
            return Character.isUpperCase(c) || c == 'ё' || c == 'ъ' ? 1 : 0;
        }
        if (script == Character.UnicodeScript.LATIN && c <= 0xFF) {
            return Character.isLowerCase(c) ? 2 : 1;
        }
        return 1;
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.HANGUL
                || (script == Character.UnicodeScript.KATAKANA && (c < 0xFF61 || c > 0xFF9F));
    }

    /** Words (maximal runs of letters and marks) with letters of two scripts, CJK with Latin excepted. */
    private static int mixedScriptWords(String text) {
        int words = 0;
        Character.UnicodeScript first = null;
        boolean mixed = false;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(c) : 1;
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = scriptGroup(c);
                if (script != Character.UnicodeScript.COMMON) {
                    if (first == null) {
                        first = script;
                    } else if (first != script && !cjkWithLatin(first, script)) {
                        mixed = true;
                    }
                }
            } else if (!mark) {
                words += mixed ? 1 : 0;
                first = null;
                mixed = false;
            }
        }
        return words;
    }

    private static Character.UnicodeScript scriptGroup(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case HIRAGANA:
            case KATAKANA:
                return Character.UnicodeScript.HAN;
            case INHERITED:
            case UNKNOWN:
                return Character.UnicodeScript.COMMON;
            default:
                return script;
        }
    }

    private static boolean cjkWithLatin(Character.UnicodeScript a, Character.UnicodeScript b) {
        boolean aCjk = a == Character.UnicodeScript.HAN || a == Character.UnicodeScript.HANGUL;
        boolean bCjk = b == Character.UnicodeScript.HAN || b == Character.UnicodeScript.HANGUL;
        return (aCjk && (bCjk || b == Character.UnicodeScript.LATIN)) || (bCjk && a == Character.UnicodeScript.LATIN);
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return lenient(ByteBuffer.wrap(bytes), charset);
    }

    private static String lenient(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private static String decodeOrNull(byte[] bytes, Charset charset) {
        return StrictDecoder.decode(bytes, charset);
    }

    private static String dropBom(String text) {
        return dev.mlsd.composer.core.text.ByteOrderMark.dropFrom(text);
    }
}

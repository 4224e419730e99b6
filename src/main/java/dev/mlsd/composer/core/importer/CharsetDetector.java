package dev.mlsd.composer.core.importer;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/** juniversalchardet's answer for some bytes, as the Java charset the decoder should read them with. */
final class CharsetDetector {

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
            Map.entry("UTF-8", "UTF-8"),
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

    private CharsetDetector() {
    }

    /** juniversalchardet's answer as a Java charset name, or {@code null} when it has none or an unknown one. */
    static String answer(byte[] bytes) {
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
            Charset charset = LenientDecoder.charsetOrNull(raw);
            return charset == null ? null : charset.name();
        }
        return LenientDecoder.charsetOrNull(mapped) == null ? null : mapped;
    }

    /** Whether {@code answer} is a multi-byte CJK encoding (Shift_JIS, GB18030, Big5, ...). */
    static boolean isCjk(String answer) {
        return answer != null && CJK.contains(answer);
    }
}

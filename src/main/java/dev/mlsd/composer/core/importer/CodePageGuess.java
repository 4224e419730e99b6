package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.ByteOrderMark;
import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads bytes that are neither marked as Unicode nor valid UTF-8. juniversalchardet is weak on short input and
 * confuses the Cyrillic code pages, so it does not decide alone: the bytes are decoded with each of windows-1251,
 * KOI8-R, IBM866, windows-1252, lenient UTF-8 and the detector's answer, and the most {@link Plausibility plausible}
 * text wins; the detector's answer wins ties. A CJK multi-byte answer (Shift_JIS, GB18030, ...) is trusted when it
 * decodes cleanly and every single-byte reading shows mojibake.
 */
final class CodePageGuess {

    /** The single-byte code pages always compared. */
    private static final List<String> FALLBACKS = List.of("windows-1251", "KOI8-R", "IBM866", "windows-1252");

    private static final String UTF_8 = "UTF-8";

    private CodePageGuess() {
    }

    /** The most plausible reading of {@code bytes}, marked as detected. */
    static DecodedText read(byte[] bytes) {
        byte[] sample = sample(bytes);
        String answer = CharsetDetector.answer(sample);
        boolean answerIsCjk = CharsetDetector.isCjk(answer);
        List<String> candidates = new ArrayList<>(FALLBACKS);
        candidates.add(UTF_8);
        if (answer != null && !answerIsCjk && !candidates.contains(answer)) {
            candidates.add(answer);
        }
        Charset best = null;
        String bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String name : candidates) {
            Charset charset = LenientDecoder.charsetOrNull(name);
            if (charset == null) {
                continue;
            }
            String text = LenientDecoder.decode(sample, charset);
            double score = Plausibility.of(text) + (name.equals(answer) ? 0.5 : 0.0);
            if (score > bestScore) {
                bestScore = score;
                best = charset;
                bestText = text;
            }
        }
        if (best == null) {
            best = StandardCharsets.UTF_8;
            bestText = LenientDecoder.decode(sample, best);
        }
        if (answerIsCjk && MojibakeBadness.of(bestText) > 0) {
            Charset charset = LenientDecoder.charsetOrNull(answer);
            String text = charset == null ? null : StrictDecoder.decode(bytes, charset);
            if (text != null && text.codePoints().anyMatch(Plausibility::isCjk)) {
                return detected(text, charset);
            }
        }
        Charset western = LenientDecoder.charsetOrNull("windows-1252");
        if (western != null && !best.equals(western) && !hasCyrillic(bestText)
                && bestText.equals(LenientDecoder.decode(sample, western))) {
            best = western; // the same text (say, English with an em dash): name the Western code page
        }
        String text = sample.length == bytes.length ? bestText : LenientDecoder.decode(bytes, best);
        return detected(text, best);
    }

    private static DecodedText detected(String text, Charset charset) {
        return new DecodedText(TextNormalizer.normalize(ByteOrderMark.dropFrom(text)), charset.name(), true, null);
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
}

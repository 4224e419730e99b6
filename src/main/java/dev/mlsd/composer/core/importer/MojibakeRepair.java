package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.ByteOrderMark;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds and undoes mojibake: UTF-8 text that some tool once decoded as a single-byte code page and saved again, so
 * that "Привет" became "РџСЂРёРІРµС‚" (windows-1251), "ÐŸÑ€Ð¸Ð²ÐµÑ‚" (windows-1252), "Ð\u009FÑ\u0080Ð¸Ð²ÐµÑ\u0082"
 * (ISO-8859-1) or "–ü—Ä–∏–≤–µ—Ç" (MacRoman).
 *
 * <p>A repair is only proposed when it is exact and clearly better. For each candidate code page the text is
 * encoded back to bytes with that code page (strictly: a character the code page cannot encode rules the candidate
 * out), the bytes are decoded as strict UTF-8 (a malformed sequence rules the candidate out), and the result is
 * accepted only when its {@link MojibakeBadness badness} "clearly drops":
 * {@code after * 2 <= before} and {@code before - after >= 3}. Among accepted candidates the lowest badness wins,
 * then the one with fewer rare characters (combining marks, IPA, Armenian-to-NKo letters, C1 controls, private use),
 * then the first in the order MacRoman, ISO-8859-1, windows-1252, windows-1251.
 *
 * <p>Text that was right to begin with is practically never changed: genuine non-ASCII text almost never re-encodes
 * in a code page to valid UTF-8 (a lone accented letter or a Cyrillic word gives a lead byte not followed by
 * continuation bytes), and genuine text scores a badness near 0, so it cannot drop by 3.
 *
 * <p>Java leaves a few bytes undefined in windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) and windows-1251 (0x98). Windows
 * and web browsers (WHATWG) decode those bytes to the C1 control of the same number, so mojibake made by those tools
 * contains U+0081 and the like; {@link CodePage} maps those controls back to their bytes. Everything else is strict;
 * a U+FFFD left by a lossy decoder rules every candidate out.
 */
public final class MojibakeRepair {

    /** The least drop in badness that counts as "clearly" better (together with halving). */
    public static final int MIN_DROP = 3;

    /**
     * Proposes a repair of {@code text} when it looks like UTF-8 that was decoded with a single-byte code page; empty
     * when the text looks right, when no candidate re-encodes to valid UTF-8, or when the result is not clearly
     * better.
     */
    public Optional<Repair> find(String text) {
        if (text == null || text.isEmpty() || isAscii(text)) {
            return Optional.empty();
        }
        int before = MojibakeBadness.of(text);
        if (before < MIN_DROP) {
            return Optional.empty();
        }
        Repair best = null;
        int bestOddity = Integer.MAX_VALUE;
        for (CodePage page : CodePage.CANDIDATES) {
            byte[] bytes = page.encode(text);
            if (bytes == null) {
                continue;
            }
            String repaired = StrictDecoder.decode(bytes, StandardCharsets.UTF_8);
            if (repaired == null) {
                continue;
            }
            repaired = TextNormalizer.normalize(ByteOrderMark.dropFrom(repaired));
            if (repaired.equals(text)) {
                continue;
            }
            int after = MojibakeBadness.of(repaired);
            if (!clearlyDrops(before, after)) {
                continue;
            }
            int oddity = oddity(repaired);
            if (best == null || after < best.badnessAfter() || (after == best.badnessAfter() && oddity < bestOddity)) {
                best = new Repair(page.name, repaired, before, after);
                bestOddity = oddity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The acceptance rule: the badness at least halves and drops by at least {@link #MIN_DROP}. */
    static boolean clearlyDrops(int before, int after) {
        return after * 2 <= before && before - after >= MIN_DROP;
    }

    /** Characters a wrong repair tends to produce; only breaks ties between candidates. */
    private static int oddity(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 0x80 && c <= 0x9F) || (c >= 0x250 && c <= 0x36F) || (c >= 0x530 && c <= 0x7FF)
                    || (c >= 0xE000 && c <= 0xF8FF)) {
                odd++;
            }
        }
        return odd;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and undoes mojibake: UTF-8 text that some tool once decoded as a single-byte code page and saved again, so
 * that "Привет" became "РџСЂРёРІРµС‚" (windows-1251), "ÐŸÑ€Ð¸Ð²ÐµÑ‚" (windows-1252), "Ð\u009FÑ\u0080Ð¸Ð²ÐµÑ\u0082"
 * (ISO-8859-1) or "–ü—Ä–∏–≤–µ—Ç" (MacRoman).
 *
 * <p>A repair is only proposed when it is exact and clearly better. For each candidate code page the text is
 * encoded back to bytes with that code page (strictly: a character the code page cannot encode rules the candidate
 * out), the bytes are decoded as strict UTF-8 (a malformed sequence rules the candidate out), and the result is
 * accepted only when its {@link #badness(String) badness} "clearly drops":
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
 * contains U+0081 and the like; the encoder here maps those controls back to their bytes. Everything else is strict;
 * a U+FFFD left by a lossy decoder rules every candidate out.
 */
public final class MojibakeRepair {

    /** The least drop in badness that counts as "clearly" better (together with halving). */
    public static final int MIN_DROP = 3;

    private static final List<CodePage> CANDIDATES = codePages();

    /** Non-ASCII characters that bytes 0x80–0xFF of the candidate code pages decode to (NBSP excluded). */
    private static final BitSet CODE_PAGE_CHARS = codePageChars();

    /** Uppercase Latin-1 letters that are the first character of most windows-1252 / ISO-8859-1 mojibake. */
    private static final String LATIN1_LEADS = "ÂÃÅÐÑÎÏâð";
    /** Lowercase unit prefixes before an uppercase Cyrillic unit: "кВт", "мВ", "мА", "кДж". */
    private static final String UNIT_PREFIXES = "км";
    /** Punctuation that may stand right before a letter ("«Привет", "—да", "№п", "°C"). */
    private static final String OPENERS = "«„‚“‘‹¿¡–—…№°•\u00AD";
    /** Punctuation that may stand right after a letter ("Привет»", "м²", "да…"). */
    private static final String CLOSERS = "»“”’‘›…–—¹²³\u00AD";
    /** Signs that may follow a lowercase letter ("Яндекс®"). */
    private static final String AFTER_LOWERCASE = "™®©";
    /** Punctuation that may stand next to each other ("…»", "—«"). */
    private static final String QUOTES_AND_DASHES = "«»„“”‘’‚‹›–—…¿¡";
    /** Punctuation that is odd between two letters unless they belong together (dashes, ellipsis, soft hyphen). */
    private static final String INNER = "–—…\u00AD";

    private static final int GROUP_NONE = 0;
    private static final int GROUP_LATIN = 1;
    private static final int GROUP_CYRILLIC = 2;
    private static final int GROUP_GREEK = 3;
    private static final int GROUP_CJK = 4;
    private static final int GROUP_OTHER = 5;

    /**
     * Proposes a repair of {@code text} when it looks like UTF-8 that was decoded with a single-byte code page; empty
     * when the text looks right, when no candidate re-encodes to valid UTF-8, or when the result is not clearly
     * better.
     */
    public Optional<Repair> find(String text) {
        if (text == null || text.isEmpty() || isAscii(text)) {
            return Optional.empty();
        }
        int before = badness(text);
        if (before < MIN_DROP) {
            return Optional.empty();
        }
        Repair best = null;
        int bestOddity = Integer.MAX_VALUE;
        for (CodePage page : CANDIDATES) {
            byte[] bytes = page.encode(text);
            if (bytes == null) {
                continue;
            }
            String repaired = strictUtf8(bytes);
            if (repaired == null) {
                continue;
            }
            repaired = TextNormalizer.normalize(dev.mlsd.composer.core.text.ByteOrderMark.dropFrom(repaired));
            if (repaired.equals(text)) {
                continue;
            }
            int after = badness(repaired);
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

    /**
     * How unlikely {@code text} is as real writing; 0 for ordinary Russian, Ukrainian, English and Western European
     * text, emoji, code, Markdown and math. The score adds:
     * <ul>
     * <li>2 for each C1 control (U+0080–U+009F), U+FFFD, private-use character (U+F8FF is MacRoman's byte 0xF0, the
     * Apple logo) and unassigned code point outside the emoji planes;
     * <li>1 for each pair of adjacent non-space characters that both come from the upper halves of the code pages
     * (Latin-1 letters and signs, Cyrillic letters, typographic punctuation, MacRoman's math signs) and do not belong
     * together: letters of different scripts ("Рµ"), a lowercase letter followed by an uppercase one ("ёР", but not
     * "кВт"), a letter next to a sign other than natural punctuation ("С‚", "√©"), an opening mark right after a
     * letter or a closing mark right before one ("Р°Р", "Р»Р"), two signs other than quotes and dashes ("–∞"), and
     * "Ã", "Â", "Ð", "Ñ", "Å", "Î", "Ï", "â", "ð" followed by any such character but a capital À–Þ ("Ã©", "ÃŸ");
     * "‚Ä", MacRoman's reading of the bytes that start ’ “ ” – — …, counts 2;
     * <li>1 for each dash, ellipsis or soft hyphen squeezed between two such letters, unless both letters are Cyrillic
     * or Greek (a dash) or of the same script (a soft hyphen): "ü—Ä" counts, "Москва—Петербург" does not;
     * <li>1 for each box-drawing or block character next to a non-ASCII letter ("╨┐╤Ç");
     * <li>1 for each combining mark without a fitting base: a Latin diacritic (U+0300–U+036F) after anything but a
     * Latin, Greek or Cyrillic letter, a mark of a script after a letter of another script;
     * <li>1 for each word (maximal run of letters) that mixes scripts, such as Latin and Cyrillic ("GrГјГџe"); Latin
     * with Greek ("Δt") or with CJK ("Javaの") is ordinary.
     * </ul>
     */
    public static int badness(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int score = 0;
        int length = text.length();
        int prev = -1;
        int cur = text.codePointAt(0);
        int index = 0;
        Word word = new Word();
        while (cur >= 0) {
            int nextIndex = index + Character.charCount(cur);
            int next = nextIndex < length ? text.codePointAt(nextIndex) : -1;
            if (Character.isLetter(cur)) {
                word.add(group(cur));
            } else if (!isMark(cur)) {
                score += word.end();
            }
            if (cur >= 0x80) {
                if (isImpossible(cur)) {
                    score += 2;
                } else if (isBoxDrawing(cur) && (isNonAsciiLetter(prev) || isNonAsciiLetter(next))) {
                    score++;
                } else if (isMark(cur) && !fitsBase(cur, prev)) {
                    score++;
                }
                if (next >= 0 && isCodePageChar(cur) && isCodePageChar(next)) {
                    int afterNext = -1;
                    int afterNextIndex = nextIndex + Character.charCount(next);
                    if (afterNextIndex < length) {
                        afterNext = text.codePointAt(afterNextIndex);
                    }
                    score += pairScore(prev, cur, next, afterNext);
                }
                if (INNER.indexOf(cur) >= 0 && isCodePageLetter(prev) && isCodePageLetter(next)) {
                    score += squeezedScore(cur, prev, next);
                }
            }
            prev = cur;
            cur = next;
            index = nextIndex;
        }
        return score + word.end();
    }

    /** The scripts of the word being read: a word of two scripts is odd, unless it is Latin with Greek or CJK. */
    private static final class Word {
        private int first = GROUP_NONE;
        private boolean mixed;

        void add(int group) {
            if (group == GROUP_NONE || group == first) {
                return;
            }
            if (first == GROUP_NONE) {
                first = group;
            } else if (!ordinaryMix(first, group)) {
                mixed = true;
            }
        }

        /** "Δt", "2πr", "Javaの", "API를": Latin mixes with Greek (math) and CJK. */
        private static boolean ordinaryMix(int a, int b) {
            int other = a == GROUP_LATIN ? b : b == GROUP_LATIN ? a : GROUP_NONE;
            return other == GROUP_GREEK || other == GROUP_CJK;
        }

        /** 1 when the word that just ended mixed scripts; starts the next word. */
        int end() {
            int result = mixed ? 1 : 0;
            first = GROUP_NONE;
            mixed = false;
            return result;
        }
    }

    /**
     * The score of the adjacent pair {@code a b}; {@code before} and {@code after} are the characters around the pair,
     * or -1.
     */
    private static int pairScore(int before, int a, int b, int after) {
        if (LATIN1_LEADS.indexOf(a) >= 0) {
            // what follows a lead in windows-1252 / ISO-8859-1 mojibake is a continuation byte 0x80-0xBF, never one of
            // the capitals À-Þ (0xC0-0xDE): "ÅÄ" is Swedish, "Ã©" is not French
            return b >= 'À' && b <= 'Þ' ? 0 : 1;
        }
        if (a == '‚' && b == 'Ä') {
            return 2; // MacRoman's reading of E2 80, the start of ’ “ ” – — … € •
        }
        if (a == '·' || b == '·') {
            // a multiplication dot between lowercase letters: "кВт·ч", "Н·м"
            return Character.isLowerCase(a) || Character.isLowerCase(b) ? 0 : 1;
        }
        boolean letterA = Character.isLetter(a);
        boolean letterB = Character.isLetter(b);
        if (letterA && letterB) {
            boolean otherScript = group(a) != group(b) || group(a) == GROUP_NONE;
            boolean caseFlip = Character.isLowerCase(a) && Character.isUpperCase(b)
                    && !(UNIT_PREFIXES.indexOf(a) >= 0 && group(b) == GROUP_CYRILLIC); // "кВт", "мА"
            return otherScript || caseFlip ? 1 : 0;
        }
        if (letterA) {
            boolean closing = CLOSERS.indexOf(b) >= 0 || (AFTER_LOWERCASE.indexOf(b) >= 0 && Character.isLowerCase(a));
            // a closing mark squeezed between letters ("Р»Р") does not close anything; dashes and apostrophes are
            // judged as squeezed characters instead
            boolean squeezed = after >= 0 && Character.isLetter(after) && INNER.indexOf(b) < 0 && b != '’' && b != '‘';
            return closing && !squeezed ? 0 : 1;
        }
        if (letterB) {
            if (a == '’') {
                // an apostrophe inside a word: "д’Артаньян", "qu’à"
                return before >= 0 && Character.isLetter(before) && group(before) == group(b) ? 0 : 1;
            }
            // an opening mark opens after a space or another sign, not right after a letter ("Р°Р", "Р«Р")
            boolean opening = OPENERS.indexOf(a) >= 0
                    && (INNER.indexOf(a) >= 0 || before < 0 || !Character.isLetter(before));
            return opening ? 0 : 1;
        }
        return QUOTES_AND_DASHES.indexOf(a) >= 0 && QUOTES_AND_DASHES.indexOf(b) >= 0 ? 0 : 1;
    }

    private static int squeezedScore(int c, int before, int after) {
        int g = group(before);
        boolean sameScript = g != GROUP_NONE && g == group(after);
        if (c == '\u00AD') {
            return sameScript ? 0 : 1;
        }
        if (c == '–' || c == '—') {
            return sameScript && (g == GROUP_CYRILLIC || g == GROUP_GREEK) ? 0 : 1;
        }
        return 1;
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

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static int group(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case LATIN:
                return GROUP_LATIN;
            case CYRILLIC:
                return GROUP_CYRILLIC;
            case GREEK:
                return GROUP_GREEK;
            case HAN:
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
                return GROUP_CJK;
            case COMMON:
            case INHERITED:
            case UNKNOWN:
                return GROUP_NONE;
            default:
                return GROUP_OTHER + script.ordinal();
        }
    }

    private static boolean isCodePageChar(int c) {
        return c >= 0 && c < 0x10000 && CODE_PAGE_CHARS.get(c);
    }

    private static boolean isCodePageLetter(int c) {
        return isCodePageChar(c) && Character.isLetter(c);
    }

    /** C1 controls, U+FFFD, private use and unassigned code points (outside the emoji planes, which grow yearly). */
    private static boolean isImpossible(int c) {
        if ((c >= 0x80 && c <= 0x9F) || c == 0xFFFD) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (type == Character.UNASSIGNED && (c < 0x1F000 || c > 0x1FFFF));
    }

    /**
     * Whether the combining mark {@code mark} may follow {@code base}: any mark may follow another mark; a Latin
     * diacritic (U+0300–U+036F) follows a Latin, Greek or Cyrillic letter, another inherited mark any letter, a mark of
     * a script a letter of that script. Variation selectors and the keycap may follow anything (emoji).
     */
    private static boolean fitsBase(int mark, int base) {
        if ((mark >= 0xFE00 && mark <= 0xFE0F) || (mark >= 0xE0100 && mark <= 0xE01EF) || mark == 0x20E3) {
            return true;
        }
        if (base < 0) {
            return false;
        }
        if (isMark(base)) {
            return true;
        }
        if (!Character.isLetter(base)) {
            return false;
        }
        if (mark >= 0x300 && mark <= 0x36F) {
            int g = group(base);
            return g == GROUP_LATIN || g == GROUP_GREEK || g == GROUP_CYRILLIC;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(mark);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.of(base);
    }

    private static boolean isNonAsciiLetter(int c) {
        return c >= 0x80 && Character.isLetter(c);
    }

    private static boolean isBoxDrawing(int c) {
        return (c >= 0x2500 && c <= 0x259F) || c == '■' || c == '∙' || c == '⌠' || c == '⌡';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 decoding; {@code null} when the bytes are not valid UTF-8. */
    static String strictUtf8(byte[] bytes) {
        return StrictDecoder.decode(bytes, StandardCharsets.UTF_8);
    }

    private static List<CodePage> codePages() {
        List<CodePage> pages = new ArrayList<>();
        addIfSupported(pages, "MacRoman", "x-MacRoman");
        addIfSupported(pages, "ISO-8859-1", "ISO-8859-1");
        addIfSupported(pages, "windows-1252", "windows-1252");
        addIfSupported(pages, "windows-1251", "windows-1251");
        return List.copyOf(pages);
    }

    private static void addIfSupported(List<CodePage> pages, String name, String javaName) {
        try {
            pages.add(new CodePage(name, Charset.forName(javaName)));
        } catch (IllegalArgumentException e) {
            // the runtime lacks the jdk.charsets module: the candidate is simply not tried
        }
    }

    private static BitSet codePageChars() {
        BitSet set = new BitSet(0x10000);
        for (CodePage page : CANDIDATES) {
            for (char c : page.upperHalf) {
                set.set(c);
            }
        }
        set.clear(0xA0);
        return set;
    }

    /** A single-byte code page as a table: byte 0x80 + i decodes to {@code upperHalf[i]}. */
    private static final class CodePage {
        final String name;
        final char[] upperHalf = new char[128];
        final Map<Character, Byte> toByte = new HashMap<>();

        CodePage(String name, Charset charset) {
            this.name = name;
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            for (int b = 0x80; b <= 0xFF; b++) {
                char c;
                try {
                    CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                    c = out.length() == 1 ? out.charAt(0) : '\uFFFD';
                } catch (CharacterCodingException e) {
                    c = '\uFFFD';
                }
                if (c == '\uFFFD') {
                    c = (char) b; // undefined in Java: Windows and WHATWG decode it to the C1 control of that number
                }
                upperHalf[b - 0x80] = c;
                toByte.putIfAbsent(c, (byte) b);
            }
        }

        /** The text in this code page, or {@code null} when a character has no byte in it. */
        byte[] encode(String text) {
            byte[] out = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    out[i] = (byte) c;
                } else {
                    Byte b = toByte.get(c);
                    if (b == null) {
                        return null;
                    }
                    out[i] = b;
                }
            }
            return out;
        }
    }
}

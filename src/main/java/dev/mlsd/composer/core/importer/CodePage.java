package dev.mlsd.composer.core.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-byte code page as a table: byte 0x80 + i decodes to {@code upperHalf[i]}. The
 * {@link #CANDIDATES} are the code pages UTF-8 text is commonly misread as.
 *
 * <p>Java leaves a few bytes undefined in windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) and windows-1251
 * (0x98); Windows and web browsers (WHATWG) decode those bytes to the C1 control of the same number,
 * so the table does too, and mojibake made by those tools encodes back to its bytes.
 */
final class CodePage {

    /** MacRoman, ISO-8859-1, windows-1252, windows-1251: the order in which the repair tries them. */
    static final List<CodePage> CANDIDATES = candidates();

    /** Non-ASCII characters that bytes 0x80–0xFF of the candidates decode to (NBSP excluded). */
    private static final BitSet CANDIDATE_CHARS = candidateChars();

    final String name;
    private final char[] upperHalf = new char[128];
    private final Map<Character, Byte> toByte = new HashMap<>();

    private CodePage(String name, Charset charset) {
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

    /** Whether a byte 0x80–0xFF of some candidate decodes to {@code c} (NBSP excluded). */
    static boolean isCandidateChar(int c) {
        return c >= 0 && c < 0x10000 && CANDIDATE_CHARS.get(c);
    }

    static boolean isCandidateLetter(int c) {
        return isCandidateChar(c) && Character.isLetter(c);
    }

    private static List<CodePage> candidates() {
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

    private static BitSet candidateChars() {
        BitSet set = new BitSet(0x10000);
        for (CodePage page : CANDIDATES) {
            for (char c : page.upperHalf) {
                set.set(c);
            }
        }
        set.clear(0xA0);
        return set;
    }
}

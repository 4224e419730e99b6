package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.StrictDecoder;
import java.nio.charset.Charset;

/** Recognises Unicode bytes before any guessing: by their byte order mark, or UTF-16 by its zero high bytes. */
final class UnicodeSniffer {

    /** A byte order mark at the start of the bytes: the charset it names and its length in bytes. */
    record Bom(String charset, int length) {
    }

    private UnicodeSniffer() {
    }

    /** The byte order mark the bytes start with (UTF-8, UTF-32LE/BE, UTF-16LE/BE), or {@code null}. */
    static Bom byteOrderMark(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Bom("UTF-8", 3);
        }
        if (n >= 4 && n % 4 == 0 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new Bom("UTF-32LE", 4);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new Bom("UTF-32BE", 4);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Bom("UTF-16LE", 2);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Bom("UTF-16BE", 2);
        }
        return null;
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
        if (charset == null || StrictDecoder.decode(b, Charset.forName(charset)) == null) {
            return null;
        }
        return charset;
    }


    private static boolean isControlByte(byte x) {
        int v = x & 0xFF;
        return v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f';
    }
}

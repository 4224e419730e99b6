package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.text.ByteOrderMark;
import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a user document (a Markdown or text design document) to text, whatever its encoding.
 *
 * <ol>
 * <li>A byte order mark decides: UTF-8, UTF-16LE/BE, UTF-32LE/BE ({@link UnicodeSniffer}).
 * <li>Without one, text with a zero or control byte in nearly every other position is UTF-16 without a BOM
 * ({@code detected}).
 * <li>Bytes that decode as strict UTF-8 are UTF-8; the text is then checked for mojibake ({@link MojibakeRepair}) and a
 * repair is proposed, not applied.
 * <li>Anything else is guessed ({@code detected}): juniversalchardet gives an answer ({@link CharsetDetector}; its
 * MACCYRILLIC, which it reports for much windows-1251 Russian, is read as windows-1251), and the most plausible of
 * several readings wins ({@link CodePageGuess}).
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
            String text = ByteOrderMark.dropFrom(LenientDecoder.decode(bytes, StandardCharsets.UTF_8));
            return new DecodedText(TextNormalizer.normalize(text), UTF_8, true, null);
        }
    }

    private DecodedText decodeChecked(byte[] bytes) {
        UnicodeSniffer.Bom bom = UnicodeSniffer.byteOrderMark(bytes);
        if (bom != null) {
            ByteBuffer afterBom = ByteBuffer.wrap(bytes, bom.length(), bytes.length - bom.length());
            return checked(LenientDecoder.decode(afterBom, Charset.forName(bom.charset())), bom.charset(), false);
        }
        String utf16 = UnicodeSniffer.utf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(LenientDecoder.decode(bytes, Charset.forName(utf16)), utf16, true);
        }
        String utf8 = StrictDecoder.decode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, UTF_8, false);
        }
        return CodePageGuess.read(bytes);
    }

    /** Unicode text, normalised, with a mojibake repair proposed when it needs one. */
    private DecodedText checked(String decoded, String charset, boolean detected) {
        String text = TextNormalizer.normalize(decoded);
        return new DecodedText(text, charset, detected, mojibake.find(text).orElse(null));
    }
}

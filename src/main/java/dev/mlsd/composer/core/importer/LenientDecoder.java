package dev.mlsd.composer.core.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** Decodes bytes in a given charset whatever they hold (malformed or unmappable input becomes U+FFFD). */
final class LenientDecoder {

    private LenientDecoder() {
    }

    static String decode(byte[] bytes, Charset charset) {
        return decode(ByteBuffer.wrap(bytes), charset);
    }

    static String decode(ByteBuffer bytes, Charset charset) {
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

    /** The charset of that name, or {@code null} when this runtime has none (a jlinked runtime may lack jdk.charsets). */
    static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

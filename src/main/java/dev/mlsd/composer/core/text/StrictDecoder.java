package dev.mlsd.composer.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** Decoding that refuses bytes a charset does not define, instead of replacing them. */
public final class StrictDecoder {

    private StrictDecoder() {
    }

    /** Bytes that are not valid in a charset, and where the first bad one is. */
    public static final class InvalidBytes extends Exception {

        private static final long serialVersionUID = 1L;

        private final int offset;
        private final int inputLength;

        InvalidBytes(int offset, int inputLength) {
            super("invalid bytes at offset " + offset, null, false, false);
            this.offset = offset;
            this.inputLength = inputLength;
        }

        /** The offset of the first byte that is not valid. */
        public int offset() {
            return offset;
        }

        /**
         * True when every byte before the last {@code maxBytes} is valid and the bytes from the
         * first bad one on are no more than {@code maxBytes}: what a file cut inside its last
         * character looks like.
         */
        public boolean onlyInTheLast(int maxBytes) {
            return offset > 0 && inputLength - offset <= maxBytes;
        }
    }

    /** The bytes as text in {@code charset}, or null when they are not valid in it. */
    public static String decode(byte[] bytes, Charset charset) {
        try {
            return decodeOrLocate(bytes, charset);
        } catch (InvalidBytes e) {
            return null;
        }
    }

    /** The bytes as text in {@code charset}; bytes not valid in it are reported with where they start. */
    public static String decodeOrLocate(byte[] bytes, Charset charset) throws InvalidBytes {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            // The decoder stops with the input's position at the start of the first bad sequence.
            throw new InvalidBytes(in.position(), bytes.length);
        }
    }
}

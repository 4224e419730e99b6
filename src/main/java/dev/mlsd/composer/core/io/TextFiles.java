package dev.mlsd.composer.core.io;

import dev.mlsd.composer.core.text.ByteOrderMark;
import dev.mlsd.composer.core.text.StrictDecoder;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads files the user names, with messages a user understands instead of exceptions. */
public final class TextFiles {

    /** The largest file the app reads: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private TextFiles() {
    }

    /** The file's bytes; a missing, unreadable, too large file or a folder is a {@link BadInputException}. */
    public static byte[] readBytes(Path file, long maxBytes) throws BadInputException {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(InputProblem.IS_FOLDER);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw BadInputException.tooLarge(size, maxBytes);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(InputProblem.NO_SUCH_FILE);
        } catch (AccessDeniedException e) {
            throw new BadInputException(InputProblem.PERMISSION_DENIED);
        } catch (IOException e) {
            throw new BadInputException(InputProblem.NOT_READABLE, String.valueOf(e.getMessage()));
        }
    }

    /** The file as UTF-8 text: strict decoding, a leading BOM dropped, line endings normalised. */
    public static String readUtf8(Path file) throws BadInputException {
        return decodeUtf8(readBytes(file, MAX_BYTES));
    }

    /** Strict UTF-8 decoding with the BOM dropped and the text normalised: this is where a text file's text enters. */
    public static String decodeUtf8(byte[] bytes) throws BadInputException {
        return TextNormalizer.normalize(decodeUtf8Verbatim(bytes, InputProblem.NOT_UTF8));
    }

    /**
     * As {@link #decodeUtf8Verbatim}, as the characters the decoder made (from the buffer's position to
     * its limit), without copying them into a string: a parser can read a long document in place.
     */
    public static CharBuffer decodeUtf8Chars(byte[] bytes, InputProblem cutShort) throws BadInputException {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            // Not valid: the strict decoder finds where, which tells a cut-short file from a wrong one.
            return CharBuffer.wrap(decodeUtf8Verbatim(bytes, cutShort).toCharArray());
        }
        if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') { // a byte order mark, dropped as ByteOrderMark does
            chars.position(chars.position() + 1);
        }
        return chars;
    }

    /**
     * Strict UTF-8 decoding with the BOM dropped, not normalised: for a format such as JSON whose
     * parser decodes the string values, which are normalised as they are read. Bytes that are
     * UTF-8 but for an incomplete last character are {@code cutShort}; other bad bytes are not UTF-8.
     */
    public static String decodeUtf8Verbatim(byte[] bytes, InputProblem cutShort) throws BadInputException {
        try {
            return ByteOrderMark.dropFrom(StrictDecoder.decodeOrLocate(bytes, StandardCharsets.UTF_8));
        } catch (StrictDecoder.InvalidBytes e) {
            // A UTF-8 character is at most four bytes: three of them left is the longest cut-short one.
            throw new BadInputException(e.onlyInTheLast(3) ? cutShort : InputProblem.NOT_UTF8);
        }
    }
}

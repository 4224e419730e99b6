package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The text of a JSON document kept after reading, so that a string value in it can be read when it is
 * first needed: a long history's texts are skipped at load and read from here one by one.
 */
final class JsonSource {

    private final char[] chars;
    private final int start;
    private final int length;
    private final JsonFactory factory;

    /** The document in {@code length} characters of {@code chars} from {@code start}, as its parser read it. */
    JsonSource(char[] chars, int start, int length, JsonFactory factory) {
        this.chars = chars;
        this.start = start;
        this.length = length;
        this.factory = factory;
    }

    JsonSource(String text, JsonFactory factory) {
        this(text.toCharArray(), 0, text.length(), factory);
    }

    /** A parser of the whole document, whose offsets are those {@link #stringAt} takes. */
    JsonParser parser() throws IOException {
        return factory.createParser(chars, start, length);
    }

    /**
     * The string value starting at {@code offset}. The reader that found it there has checked it already,
     * so reading it again cannot fail.
     */
    String stringAt(long offset) {
        try (JsonParser parser = factory.createParser(chars, start + (int) offset, length - (int) offset)) {
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalStateException("no string value at " + offset);
            }
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * The text of a JSON document kept after reading, so that a string value in it can be read when it is
 * first needed: a long history's texts are skipped at load and read from here one by one.
 */
final class JsonSource {

    private final String text;
    private final JsonFactory factory;

    JsonSource(String text, JsonFactory factory) {
        this.text = text;
        this.factory = factory;
    }

    /**
     * The string value starting at {@code offset}. The reader that found it there has checked it already,
     * so reading it again cannot fail.
     */
    String stringAt(long offset) {
        try (StringReader reader = new StringReader(text)) {
            reader.skip(offset);
            try (JsonParser parser = factory.createParser(reader)) {
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IllegalStateException("no string value at " + offset);
                }
                return parser.getText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

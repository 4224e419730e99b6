package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a project document into a tree as {@link JsonTrees} does, except that the long texts of its
 * history (the versions' full copies and the answers' texts, most of a long history's bytes) stay in
 * the document's text as {@link LazyString}s: the parser passes over them without making strings. A
 * full copy's lines are counted on the way, so the history's line edits can be checked at once.
 */
final class HistoryTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where a value sits in the history, as far as this reader cares. */
    private enum Place { OTHER, HISTORY, VERSIONS, VERSION, SECTIONS, TEMPLATE, ANSWERS, ANSWER, VERSION_TEXT, ANSWER_TEXT }

    private HistoryTree() {
    }

    /** A whole project document, its {@code "history"} field read lazily; null when it holds no value. */
    static JsonNode readProject(JsonParser parser, JsonSource source) throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        JsonNode root;
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, name.equals("history") ? read(parser, source, Place.HISTORY) : JsonTrees.readValue(parser, false));
            }
            root = object;
        } else {
            root = JsonTrees.readValue(parser, false);
        }
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + parser.currentToken() + ") after the document's value");
        }
        return root;
    }

    /** A history value alone (the recovery journal keeps it so), read lazily. */
    static JsonNode readHistory(JsonParser parser, JsonSource source) throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        JsonNode history = read(parser, source, Place.HISTORY);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + parser.currentToken() + ") after the history");
        }
        return history;
    }

    private static JsonNode read(JsonParser parser, JsonSource source, Place place) throws IOException {
        JsonToken token = parser.currentToken();
        if (place == Place.OTHER) {
            return JsonTrees.readValue(parser, false);
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, read(parser, source, inside(place, name)));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            Place item = place == Place.VERSIONS ? Place.VERSION : place == Place.ANSWERS ? Place.ANSWER : Place.OTHER;
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, source, item));
            }
            return array;
        }
        if (token == JsonToken.VALUE_STRING && place == Place.VERSION_TEXT) {
            long offset = parser.currentTokenLocation().getCharOffset();
            int lines = StoredText.Lines.count(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            return NODES.pojoNode(new LazyString(source, offset, lines));
        }
        if (token == JsonToken.VALUE_STRING && place == Place.ANSWER_TEXT) {
            // Not asked for its text, the parser skips the string when it moves on.
            return NODES.pojoNode(new LazyString(source, parser.currentTokenLocation().getCharOffset(), -1));
        }
        return JsonTrees.readValue(parser, false);
    }

    private static Place inside(Place place, String field) {
        return switch (place) {
            case HISTORY -> field.equals("versions") ? Place.VERSIONS : field.equals("answers") ? Place.ANSWERS : Place.OTHER;
            case VERSION -> field.equals("sections") ? Place.SECTIONS : field.equals("template") ? Place.TEMPLATE : Place.OTHER;
            case SECTIONS -> Place.VERSION_TEXT;
            case TEMPLATE -> field.equals("source") ? Place.VERSION_TEXT : Place.OTHER;
            case ANSWER -> field.equals("text") ? Place.ANSWER_TEXT : Place.OTHER;
            default -> Place.OTHER;
        };
    }
}

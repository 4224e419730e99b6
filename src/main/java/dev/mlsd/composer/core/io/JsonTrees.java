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
 * Reads a document into Jackson's tree model with the streaming parser alone. It gives what
 * {@code ObjectMapper.readTree} gives, without building an {@code ObjectMapper}: creating the first
 * one costs about a tenth of a second of a cold start, and the files read before the first frame
 * (settings, the project, template front matter) need only the tree. The parser's own limits
 * (depth, length, duplicate keys) apply as configured on its factory.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * The whole document: null when it holds no value; anything after the first value is refused.
     * With {@code scalarsAsText}, every scalar is kept as the text it was written as (for YAML, where
     * {@code no} or {@code 007} must stay what the author typed); otherwise numbers and booleans keep their type.
     */
    public static JsonNode readDocument(JsonParser parser, boolean scalarsAsText) throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        JsonNode root = readValue(parser, scalarsAsText);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + parser.currentToken() + ") after the document's value");
        }
        return root;
    }

    /** The value starting at the parser's current token; the parser is left on its last token. */
    public static JsonNode readValue(JsonParser parser, boolean scalarsAsText) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, readValue(parser, scalarsAsText));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readValue(parser, scalarsAsText));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NULL) {
            return NODES.nullNode();
        }
        if (scalarsAsText || token == JsonToken.VALUE_STRING) {
            return NODES.textNode(parser.getText());
        }
        return switch (token) {
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }
}

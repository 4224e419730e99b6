package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.model.UnknownFields;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Unknown fields as the codec read them: JSON values by name, written back unchanged. */
public final class JsonUnknownFields implements UnknownFields {

    private final Map<String, JsonNode> fields;

    private JsonUnknownFields(Map<String, JsonNode> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code fields} as an opaque value; no fields is {@link UnknownFields#none()}, so projects compare equal. */
    static UnknownFields of(Map<String, JsonNode> fields) {
        return fields.isEmpty() ? UnknownFields.none() : new JsonUnknownFields(fields);
    }

    /** The JSON values of {@code unknown}, by name in the file's order. */
    static Map<String, JsonNode> fieldsOf(UnknownFields unknown) {
        if (unknown instanceof JsonUnknownFields json) {
            return json.fields;
        }
        if (unknown.isEmpty()) {
            return Map.of();
        }
        throw new IllegalArgumentException("unknown fields not read by this codec: " + unknown.getClass().getName());
    }

    /** {@code unknown} as one JSON object's text (the recovery journal keeps them so). */
    public static String toJson(UnknownFields unknown) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fieldsOf(unknown).forEach(object::set);
        return object.toString();
    }

    /** The fields of the JSON object {@code json} (anything but an object holds none). */
    public static UnknownFields fromJson(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonNode root = JsonTrees.readDocument(parser, false);
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            if (root != null) {
                root.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            }
            return of(fields);
        }
    }

    @Override
    public UnknownFields followedBy(UnknownFields later) {
        if (later.isEmpty()) {
            return this;
        }
        Map<String, JsonNode> joined = new LinkedHashMap<>(fields);
        fieldsOf(later).forEach(joined::putIfAbsent);
        return new JsonUnknownFields(joined);
    }

    @Override
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public Set<String> names() {
        return fields.keySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonUnknownFields that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownFields" + fields.keySet();
    }
}

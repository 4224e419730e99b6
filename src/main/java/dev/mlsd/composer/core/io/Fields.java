package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A JSON object of a project file read field by field, each problem named by the field's path. */
record Fields(JsonNode node, String path) {

    static Fields of(JsonNode node, String path) throws BadInputException {
        if (node == null) {
            throw new BadInputException(InputProblem.MISSING_FIELD, path);
        }
        if (!node.isObject()) {
            throw new BadInputException(InputProblem.NOT_AN_OBJECT_FIELD, path);
        }
        return new Fields(node, path);
    }

    String name(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonNode required(String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException(InputProblem.MISSING_FIELD, name(field));
        }
        return value;
    }

    Fields object(String field) throws BadInputException {
        return of(required(field), name(field));
    }

    String text(String field) throws BadInputException {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw new BadInputException(InputProblem.NOT_TEXT, name(field));
        }
        return value.asText();
    }

    String optionalText(String field) throws BadInputException {
        return has(field) ? text(field) : null;
    }

    /** The field's whole number; {@code absent} when it is missing (-1: it is required). */
    int integer(String field, int absent) throws BadInputException {
        if (!has(field)) {
            if (absent < 0) {
                throw new BadInputException(InputProblem.MISSING_FIELD, name(field));
            }
            return absent;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new BadInputException(InputProblem.BAD_VALUE, name(field));
        }
        return value.intValue();
    }

    Instant time(String field) throws BadInputException {
        try {
            return Instant.parse(text(field));
        } catch (DateTimeParseException e) {
            throw new BadInputException(InputProblem.NOT_A_TIME, name(field));
        }
    }

    /** The field's items; none when it is missing. */
    Iterable<JsonNode> array(String field) throws BadInputException {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw new BadInputException(InputProblem.BAD_VALUE, name(field));
        }
        return value;
    }
}

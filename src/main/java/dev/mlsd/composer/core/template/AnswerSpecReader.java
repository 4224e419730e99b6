package dev.mlsd.composer.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlsd.composer.core.model.AnswerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the optional {@code answer:} key of a template's front matter:
 *
 * <pre>
 * answer:
 *   title: 4. Architecture and Models
 *   parts:
 *     - id: baseline
 *       title: Baseline and why
 *       keywords: [baseline, бейзлайн*, "re: base ?line"]
 *       min: 1
 * </pre>
 */
final class AnswerSpecReader {

    private AnswerSpecReader() {
    }

    static AnswerSpec read(JsonNode node) throws TemplateException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new TemplateException("'answer' must be a set of 'key: value' lines (title, parts)", 2);
        }
        String title = text(node, "title", "answer");
        List<AnswerSpec.ExpectedPart> parts = new ArrayList<>();
        JsonNode list = node.get("parts");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new TemplateException("'answer.parts' must be a list", 2);
            }
            for (JsonNode item : list) {
                if (!item.isObject()) {
                    throw new TemplateException("each item of 'answer.parts' must have an id, a title and keywords", 2);
                }
                String id = text(item, "id", "an answer part");
                String partTitle = text(item, "title", "answer part '" + id + "'");
                JsonNode keywords = item.get("keywords");
                if (keywords == null || !keywords.isArray() || keywords.isEmpty()) {
                    throw new TemplateException("answer part '" + id + "' needs a list of keywords", 2);
                }
                List<String> entries = new ArrayList<>();
                for (JsonNode keyword : keywords) {
                    String entry = keyword.asText().strip();
                    checkRegex(id, entry);
                    entries.add(entry);
                }
                int min = 1;
                if (item.has("min")) {
                    try {
                        min = Integer.parseInt(item.get("min").asText().strip());
                    } catch (NumberFormatException e) {
                        throw new TemplateException("answer part '" + id + "': 'min' must be a whole number", 2);
                    }
                }
                parts.add(new AnswerSpec.ExpectedPart(id, partTitle, entries, min));
            }
        }
        return new AnswerSpec(title, parts);
    }

    private static String text(JsonNode node, String field, String where) throws TemplateException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            throw new TemplateException(where + " needs a '" + field + "'", 2);
        }
        return value.asText().strip();
    }

    private static void checkRegex(String part, String entry) throws TemplateException {
        if (entry.startsWith("re:")) {
            try {
                Pattern.compile(entry.substring(3).strip());
            } catch (PatternSyntaxException e) {
                throw new TemplateException("answer part '" + part + "': the keyword '" + entry + "' is not a valid regular expression", 2);
            }
        }
    }
}

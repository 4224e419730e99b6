package dev.mlsd.composer.core.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mlsd.composer.core.io.JsonTrees;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.TemplatePart;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a template file: a YAML front matter between {@code ---} lines, then the body with
 * {@code {{slot}}} placeholders ({@code \{{} writes a literal {@code {{}).
 */
public final class TemplateParser {

    static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final String FENCE = "---";

    private final YAMLFactory yaml = new YAMLFactory();

    public Template parse(String rawSource) throws TemplateException {
        String source = TextNormalizer.normalize(rawSource);
        if (!source.startsWith(FENCE + "\n")) {
            throw new TemplateException("the file must start with a front matter line '---'", 1);
        }
        int frontStart = FENCE.length() + 1;
        int closeLineStart = findClosingFence(source, frontStart);
        if (closeLineStart < 0) {
            throw new TemplateException("the front matter is not closed by a line '---'", 1);
        }
        String front = source.substring(frontStart, closeLineStart);
        int afterClose = source.indexOf('\n', closeLineStart);
        String body = afterClose < 0 ? "" : source.substring(afterClose + 1);
        int bodyFirstLine = countLines(source, 0, closeLineStart) + 2;

        JsonNode header = readFrontMatter(front);
        String id = requiredText(header, "id", "the front matter", 1);
        String title = requiredText(header, "title", "the front matter", 1);
        String language = optionalText(header, "language");
        String description = optionalText(header, "description");
        List<Slot> slots = readSlots(header.get("slots"), slotLines(front));

        List<String> notices = new ArrayList<>();
        List<TemplatePart> parts = splitBody(body, bodyFirstLine, slotIdSet(slots), notices);
        Set<String> used = new HashSet<>();
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Placeholder p) {
                used.add(p.slotId());
            }
        }
        for (Slot slot : slots) {
            if (!used.contains(slot.id())) {
                notices.add("slot '" + slot.id() + "' is declared but the body never uses {{" + slot.id() + "}}");
            }
        }
        return new Template(id, title, language, description, slots, parts, notices, source, AnswerSpecReader.read(header.get("answer")));
    }

    private static int findClosingFence(String source, int from) {
        int lineStart = from;
        while (lineStart <= source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? source.substring(lineStart) : source.substring(lineStart, lineEnd);
            if (line.stripTrailing().equals(FENCE)) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private JsonNode readFrontMatter(String front) throws TemplateException {
        JsonNode header;
        try (JsonParser parser = yaml.createParser(front)) {
            header = JsonTrees.readDocument(parser, true);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            throw new TemplateException("the front matter is not valid YAML: " + e.getOriginalMessage(), line);
        } catch (IOException e) {
            throw new TemplateException("the front matter cannot be read: " + e.getMessage(), 2);
        }
        if (header == null || !header.isObject()) {
            throw new TemplateException("the front matter must be a set of 'key: value' lines", 2);
        }
        return header;
    }

    /**
     * The line (in the whole file) where each item of {@code slots} starts, so errors about a slot
     * can point at it.
     */
    private List<Integer> slotLines(String front) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = yaml.createParser(front)) {
            int depth = 0;
            boolean inSlots = false;
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && depth == 1) {
                    field = parser.currentName();
                } else if (token == JsonToken.START_ARRAY && depth == 1 && "slots".equals(field)) {
                    inSlots = true;
                } else if (token == JsonToken.START_OBJECT && inSlots && depth == 2) {
                    lines.add(parser.currentTokenLocation().getLineNr() + 1);
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                    if (depth == 1) {
                        inSlots = false;
                    }
                }
            }
        } catch (IOException e) {
            // The front matter already parsed as a tree; without lines, errors simply name the slot.
        }
        return lines;
    }

    private static List<Slot> readSlots(JsonNode node, List<Integer> lines) throws TemplateException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new TemplateException("'slots' must be a list", 1);
        }
        List<Slot> slots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : node) {
            index++;
            int line = index <= lines.size() ? lines.get(index - 1) : 1;
            String where = "slot " + index;
            if (!item.isObject()) {
                throw new TemplateException(where + " must have 'id' and 'title'", line);
            }
            String id = requiredText(item, "id", where, line);
            if (!ID.matcher(id).matches()) {
                throw new TemplateException(where + ": id '" + id + "' may hold only letters, digits, '_', '.' and '-', and starts with a letter", line);
            }
            if (!ids.add(id)) {
                throw new TemplateException("slot id '" + id + "' is declared twice", line);
            }
            String title = requiredText(item, "title", where + " ('" + id + "')", line);
            String hint = optionalText(item, "hint");
            List<String> questions = new ArrayList<>();
            JsonNode q = item.get("questions");
            if (q != null && !q.isNull()) {
                if (!q.isArray()) {
                    throw new TemplateException(where + " ('" + id + "'): 'questions' must be a list", line);
                }
                for (JsonNode question : q) {
                    if (!question.isValueNode()) {
                        throw new TemplateException(where + " ('" + id + "'): each question must be text", line);
                    }
                    questions.add(question.asText());
                }
            }
            slots.add(new Slot(id, title, hint, questions));
        }
        return slots;
    }

    private static Set<String> slotIdSet(List<Slot> slots) {
        Set<String> ids = new HashSet<>();
        slots.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** One pass over the body: placeholders of declared slots become parts; everything else stays literal. */
    static List<TemplatePart> splitBody(String body, int firstLine, Set<String> slotIds, List<String> notices) {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int line = firstLine;
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\' && body.startsWith("{{", i + 1)) {
                literal.append("{{");
                i += 3;
                continue;
            }
            if (c == '{' && body.startsWith("{{", i)) {
                int close = body.indexOf("}}", i + 2);
                int lineEnd = body.indexOf('\n', i);
                if (close >= 0 && (lineEnd < 0 || close < lineEnd)) {
                    String name = body.substring(i + 2, close).strip();
                    if (slotIds.contains(name)) {
                        if (literal.length() > 0) {
                            parts.add(new TemplatePart.Literal(literal.toString()));
                            literal.setLength(0);
                        }
                        parts.add(new TemplatePart.Placeholder(name, line));
                        i = close + 2;
                        continue;
                    }
                    if (ID.matcher(name).matches()) {
                        notices.add("line " + line + ": unknown placeholder {{" + name + "}} is kept as text");
                    }
                }
                literal.append("{{");
                i += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            literal.append(c);
            i++;
        }
        if (literal.length() > 0) {
            parts.add(new TemplatePart.Literal(literal.toString()));
        }
        return parts;
    }

    private static String requiredText(JsonNode node, String field, String where, int line) throws TemplateException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            throw new TemplateException(where + " has no '" + field + "'", line);
        }
        return value.asText().strip();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? "" : value.asText().strip();
    }

    private static int countLines(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

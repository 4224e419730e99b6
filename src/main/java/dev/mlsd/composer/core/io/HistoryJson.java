package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.mlsd.composer.core.diff.LineDelta;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The {@code "history"} field of a format-2 project file (and of the recovery journal).
 *
 * <p>Each version stores its template source and each of its sections either as a JSON string (a full
 * copy) or as an array of line edits {@code {"at", "remove", "insert"}} against the same text of the
 * version before it in the list ({@link LineDelta}). A text is copied in full when no earlier version
 * has it, every {@value #FULL_COPY_EVERY}th time in a row, or when its edits would take more room than
 * the copy: one damaged delta then spoils at most a run of versions, and a long history stays a few
 * times the size of one state. At every write a text's edits are those it was read with while the text
 * before it is still the one they were made against, and are worked out again from the full texts
 * otherwise, so deleting a version never breaks the chain and saving a long history read from a file
 * does not rebuild it. Reading checks the chain at once and leaves the texts to be rebuilt when first
 * asked for ({@link StoredText}).
 */
public final class HistoryJson {

    static final int FULL_COPY_EVERY = 32;
    private static final String TEMPLATE_KEY = "\u0000template";

    private HistoryJson() {
    }

    /** {@code history} as one JSON object's text, in the file's form (the recovery journal keeps it so). */
    public static String toText(History history) {
        return encode(history).toString();
    }

    /** The history written by {@link #toText}. */
    public static History fromText(String json) throws BadInputException {
        JsonFactory factory = new JsonFactory();
        try (JsonParser parser = factory.createParser(json)) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("history", HistoryTree.readHistory(parser, new JsonSource(json, factory)));
            return decode(root);
        } catch (java.io.IOException e) {
            throw new BadInputException(InputProblem.NOT_READABLE, String.valueOf(e.getMessage()));
        }
    }

    static ObjectNode encode(History history) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("nextVersion", history.nextNumber());
        ArrayNode versions = root.putArray("versions");
        Chains chains = new Chains();
        for (Version version : history.versions()) {
            ObjectNode node = versions.addObject();
            node.put("number", version.number());
            node.put("label", version.label());
            node.put("created", version.created().toString());
            node.putObject("tokens").put("o200k_base", version.tokens());
            ObjectNode template = node.putObject("template");
            template.put("id", version.templateId());
            ObjectNode sections = nodes.objectNode();
            if (version.storedTexts() instanceof StoredVersion stored) {
                // As it was read: its edits are written back as they are while the versions before it are the same.
                template.set("source", chains.text(TEMPLATE_KEY, stored.templateSource()));
                stored.sections().forEach((slot, text) -> sections.set(slot, chains.text(slot, text)));
            } else {
                template.set("source", chains.text(TEMPLATE_KEY, version::templateSource));
                version.sections().forEach((slot, text) -> sections.set(slot, chains.text(slot, () -> text)));
            }
            node.set("sections", sections);
        }
        ArrayNode answers = root.putArray("answers");
        for (Answer answer : history.answers()) {
            ObjectNode node = answers.addObject();
            node.put("id", answer.id());
            node.put("version", answer.version());
            node.put("created", answer.created().toString());
            node.put("model", answer.model());
            node.put("text", answer.text());
        }
        if (history.acceptance() != null) {
            ObjectNode accepted = root.putObject("accepted");
            accepted.put("answer", history.acceptance().answerId());
            accepted.put("at", history.acceptance().at().toString());
        }
        if (!history.deletedVersions().isEmpty() || !history.deletedAnswers().isEmpty()) {
            ObjectNode deleted = root.putObject("deleted");
            history.deletedVersions().forEach(deleted.putArray("versions")::add);
            history.deletedAnswers().forEach(deleted.putArray("answers")::add);
        }
        return root;
    }

    /** The texts written so far, by key, and how many edits in a row each has had since its last full copy. */
    private static final class Chains {

        private final Map<String, Supplier<String>> previous = new HashMap<>();
        private final Map<String, Integer> run = new HashMap<>();

        JsonNode text(String key, Supplier<String> text) {
            Supplier<String> before = previous.put(key, text);
            int edits = run.getOrDefault(key, 0);
            if (text instanceof StoredText stored && before != null && stored.before() == before && edits < FULL_COPY_EVERY - 1) {
                run.put(key, edits + 1);
                return editsNode(stored.edits());
            }
            String now = text.get();
            if (before != null && edits < FULL_COPY_EVERY - 1 && !(text instanceof StoredText stored && stored.isFullCopy())) {
                List<LineDelta.Edit> changes = LineDelta.between(before.get(), now);
                if (LineDelta.weight(changes) < now.length()) {
                    run.put(key, edits + 1);
                    return editsNode(changes);
                }
            }
            run.put(key, 0);
            return JsonNodeFactory.instance.textNode(now);
        }

        private static ArrayNode editsNode(List<LineDelta.Edit> edits) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (LineDelta.Edit edit : edits) {
                ObjectNode node = array.addObject();
                node.put("at", edit.at());
                node.put("remove", edit.remove());
                edit.insert().forEach(node.putArray("insert")::add);
            }
            return array;
        }
    }

    /**
     * The history of a document read by {@link HistoryTree}: the chain of line edits is checked now, the
     * versions' texts and the answers' texts are read when first asked for.
     */
    static History decode(JsonNode root) throws BadInputException {
        Fields history = Fields.of(root.get("history"), "history");
        int next = history.integer("nextVersion", 1);
        List<Version> versions = new ArrayList<>();
        Map<String, StoredText> previous = new HashMap<>();
        int index = 0;
        for (JsonNode item : history.array("versions")) {
            Fields version = Fields.of(item, "history.versions[" + index++ + "]");
            int number = version.integer("number", -1);
            Fields template = version.object("template");
            String templateId = template.text("id");
            StoredText source = resolve(template.required("source"), template.name("source"), TEMPLATE_KEY, previous);
            Map<String, StoredText> sections = new LinkedHashMap<>();
            Fields sectionFields = version.object("sections");
            for (Map.Entry<String, JsonNode> entry : sectionFields.node().properties()) {
                sections.put(entry.getKey(), resolve(entry.getValue(), sectionFields.name(entry.getKey()), entry.getKey(), previous));
            }
            Fields tokens = version.object("tokens");
            try {
                versions.add(Version.stored(number, version.optionalText("label"), version.time("created"), templateId,
                        tokens.integer("o200k_base", 0), new StoredVersion(source, sections)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(InputProblem.BAD_VALUE, version.name("number"));
            }
        }
        List<Answer> answers = new ArrayList<>();
        index = 0;
        for (JsonNode item : history.array("answers")) {
            Fields answer = Fields.of(item, "history.answers[" + index++ + "]");
            String id = answer.text("id");
            if (!Answer.ID.matcher(id).matches()) {
                throw new BadInputException(InputProblem.BAD_VALUE, answer.name("id"));
            }
            JsonNode text = answer.required("text");
            if (text instanceof POJONode lazy && lazy.getPojo() instanceof LazyString stored) {
                answers.add(Answer.stored(id, answer.integer("version", -1), answer.time("created"), answer.optionalText("model"), stored::read));
            } else {
                answers.add(new Answer(id, answer.integer("version", -1), answer.time("created"), answer.optionalText("model"), answer.text("text")));
            }
        }
        History.Acceptance acceptance = null;
        if (history.has("accepted")) {
            Fields accepted = history.object("accepted");
            acceptance = new History.Acceptance(accepted.optionalText("answer"), accepted.time("at"));
        }
        Set<Integer> deletedVersions = new TreeSet<>();
        Set<String> deletedAnswers = new TreeSet<>();
        if (history.has("deleted")) {
            Fields deleted = history.object("deleted");
            for (JsonNode n : deleted.array("versions")) {
                if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                    throw new BadInputException(InputProblem.BAD_VALUE, deleted.name("versions"));
                }
                deletedVersions.add(n.intValue());
            }
            for (JsonNode n : deleted.array("answers")) {
                deletedAnswers.add(n.asText());
            }
        }
        Set<Integer> numbers = new TreeSet<>();
        versions.forEach(v -> numbers.add(v.number()));
        for (Answer answer : answers) {
            if (!numbers.contains(answer.version())) {
                throw new BadInputException(InputProblem.BROKEN_HISTORY, "answer " + answer.id() + " → version " + answer.version());
            }
        }
        try {
            return new History(versions, answers, next, deletedVersions, deletedAnswers, acceptance);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(InputProblem.BAD_VALUE, "history");
        }
    }

    private static StoredText resolve(JsonNode value, String name, String key, Map<String, StoredText> previous) throws BadInputException {
        StoredText stored;
        if (value instanceof POJONode lazy && lazy.getPojo() instanceof LazyString copy) {
            stored = StoredText.copy(copy);
        } else if (value.isTextual()) {
            stored = StoredText.known(value.asText());
        } else if (!value.isArray()) {
            throw new BadInputException(InputProblem.NOT_TEXT, name);
        } else {
            StoredText before = previous.get(key);
            if (before == null) {
                throw new BadInputException(InputProblem.BROKEN_HISTORY, name);
            }
            try {
                stored = StoredText.edited(before, edits(value, name));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(InputProblem.BROKEN_HISTORY, name);
            }
        }
        previous.put(key, stored);
        return stored;
    }

    private static List<LineDelta.Edit> edits(JsonNode value, String name) throws BadInputException {
        List<LineDelta.Edit> edits = new ArrayList<>();
        int index = 0;
        for (JsonNode item : value) {
            Fields edit = Fields.of(item, name + "[" + index++ + "]");
            List<String> insert = new ArrayList<>();
            for (JsonNode line : edit.array("insert")) {
                if (!line.isTextual()) {
                    throw new BadInputException(InputProblem.NOT_TEXT, edit.name("insert"));
                }
                insert.add(TextNormalizer.normalize(line.asText()));
            }
            try {
                edits.add(new LineDelta.Edit(edit.integer("at", -1), edit.integer("remove", 0), insert));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(InputProblem.BROKEN_HISTORY, edit.name("at"));
            }
        }
        return edits;
    }
}

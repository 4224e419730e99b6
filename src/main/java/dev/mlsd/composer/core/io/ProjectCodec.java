package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code .mlsd} file format: pretty-printed UTF-8 JSON with a stable key order. Reading is
 * bounded (size, nesting depth, string length) and untyped, so a file can never run code.
 */
public final class ProjectCodec {

    /** The format this version writes and the newest it reads. */
    public static final int FORMAT_VERSION = 2;
    static final int MAX_DEPTH = 64;

    private static final List<String> KNOWN_FIELDS = List.of("formatVersion", "template", "sections", "created", "modified", "history");
    /** The root members written before the history, each always written. */
    static final List<String> HEAD_FIELDS = KNOWN_FIELDS.subList(0, KNOWN_FIELDS.size() - 1);
    private static final String TAIL_OPENING = "{\"history\": ";

    private final JsonFactory factory;
    private final ProjectMigrations migrations;
    private ObjectMapper printer;

    /** A codec that cannot upgrade format-0 files (they name a template it cannot look up). */
    public ProjectCodec() {
        this(id -> Optional.empty());
    }

    /** A codec that upgrades format-0 files with the template sources {@code templates} knows. */
    public ProjectCodec(TemplateSources templates) {
        this.migrations = new ProjectMigrations(templates);
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(TextFiles.MAX_BYTES)
                        .maxStringLength((int) TextFiles.MAX_BYTES)
                        .maxNumberLength(100)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The mapper that writes files, made at the first save: reading needs none (see {@link JsonTrees}). */
    private synchronized ObjectMapper printer() {
        if (printer == null) {
            printer = new ObjectMapper(factory);
        }
        return printer;
    }

    public byte[] encode(Project project) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode template = root.putObject("template");
        template.put("id", project.templateId());
        template.put("source", project.templateSource());
        ObjectNode sections = root.putObject("sections");
        project.sections().forEach(sections::put);
        root.put("created", project.created().toString());
        root.put("modified", project.modified().toString());
        JsonUnknownFields.fieldsOf(project.unknownFields()).forEach((name, value) -> {
            if (!KNOWN_FIELDS.contains(name)) {
                root.set(name, value);
            }
        });
        // Last, so that a reader finds everything but the history in the file's first bytes (see ProjectHeadReader).
        if (!project.history().isEmpty()) {
            root.set("history", HistoryJson.encode(project.history()));
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            byte[] json = printer().writer(printer).writeValueAsBytes(root);
            byte[] out = new byte[json.length + 1];
            System.arraycopy(json, 0, out, 0, json.length);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Project decode(byte[] bytes) throws BadInputException {
        return fromRoot(readRoot(bytes));
    }

    /** The JSON document in {@code bytes}, with every check of the bytes and the syntax {@link #decode} makes. */
    JsonNode readRoot(byte[] bytes) throws BadInputException {
        if (bytes.length > TextFiles.MAX_BYTES) {
            throw BadInputException.tooLarge(bytes.length, TextFiles.MAX_BYTES);
        }
        if (isBlank(bytes)) {
            throw new BadInputException(InputProblem.EMPTY);
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(InputProblem.BINARY);
        }
        // Only the string values hold text a user sees; they are normalised as they are read.
        CharBuffer text = TextFiles.decodeUtf8Chars(bytes, InputProblem.TRUNCATED);
        JsonSource source = new JsonSource(text.array(), text.arrayOffset() + text.position(), text.remaining(), factory);
        JsonNode root;
        try (JsonParser parser = source.parser()) {
            root = HistoryTree.readProject(parser, source);
        } catch (StreamConstraintsException e) {
            String detail = String.valueOf(e.getOriginalMessage());
            throw detail.contains("depth")
                    ? new BadInputException(InputProblem.TOO_DEEP, MAX_DEPTH)
                    : new BadInputException(InputProblem.OVER_LIMITS, firstLine(detail));
        } catch (JsonEOFException e) {
            throw new BadInputException(InputProblem.TRUNCATED);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            if (endsEarly(text.toString(), e)) {
                throw new BadInputException(InputProblem.TRUNCATED);
            }
            throw new BadInputException(InputProblem.NOT_JSON, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
        } catch (IOException e) {
            throw new BadInputException(InputProblem.NOT_READABLE, String.valueOf(e.getMessage()));
        }
        return root;
    }

    /** The project in a document {@link #readRoot} read (whose {@code "history"}, if any, is read lazily). */
    Project fromRoot(JsonNode root) throws BadInputException {
        if (root == null || !root.isObject()) {
            throw new BadInputException(InputProblem.NOT_AN_OBJECT);
        }
        int version = formatVersion(root);
        if (version > FORMAT_VERSION) {
            throw new BadInputException(InputProblem.NEWER_FORMAT, version, FORMAT_VERSION);
        }
        Integer migratedFrom = null;
        if (version == 0) {
            root = migrations.fromFormat0((ObjectNode) root);
            migratedFrom = 0;
        } else if (version < 0) {
            throw new BadInputException(InputProblem.BAD_FORMAT_VERSION, version);
        } else if (version < FORMAT_VERSION) {
            migratedFrom = version;
        }
        JsonNode template = root.get("template");
        if (template == null || !template.isObject()) {
            throw new BadInputException(template == null ? InputProblem.MISSING_FIELD : InputProblem.NOT_AN_OBJECT_FIELD, "template");
        }
        String templateId = requiredString(template, "id", "template.id");
        String templateSource = TextNormalizer.normalize(requiredString(template, "source", "template.source"));
        Map<String, String> sections = new LinkedHashMap<>();
        JsonNode sectionsNode = root.get("sections");
        if (sectionsNode != null && !sectionsNode.isNull()) {
            if (!sectionsNode.isObject()) {
                throw new BadInputException(InputProblem.NOT_AN_OBJECT_FIELD, "sections");
            }
            for (Map.Entry<String, JsonNode> entry : sectionsNode.properties()) {
                if (!entry.getValue().isTextual()) {
                    throw new BadInputException(InputProblem.NOT_TEXT, "sections." + entry.getKey());
                }
                sections.put(entry.getKey(), TextNormalizer.normalize(entry.getValue().asText()));
            }
        }
        Instant created = instant(root, "created");
        Instant modified = instant(root, "modified");
        return new Project(templateId, templateSource, sections, created, modified == null ? created : modified,
                JsonUnknownFields.of(unknownMembers(root)), migratedFrom, historyOf(root));
    }

    /**
     * The part of a project file after its root {@code "history"} member's name: the history's value and any
     * root members after it, read as the object {@code {"history": <tail>}}, with the history's texts lazy.
     */
    JsonNode readTail(byte[] tail) throws BadInputException {
        if (tail.length >= 3 && tail[0] == (byte) 0xEF && tail[1] == (byte) 0xBB && tail[2] == (byte) 0xBF) {
            // The decoder drops a byte order mark at the start, where the whole file has it inside the JSON.
            throw new BadInputException(InputProblem.NOT_JSON, 0, 0);
        }
        CharBuffer text = TextFiles.decodeUtf8Chars(tail, InputProblem.TRUNCATED);
        char[] document = new char[TAIL_OPENING.length() + text.remaining()];
        TAIL_OPENING.getChars(0, TAIL_OPENING.length(), document, 0);
        text.get(document, TAIL_OPENING.length(), text.remaining());
        JsonSource source = new JsonSource(document, 0, document.length, factory);
        try (JsonParser parser = source.parser()) {
            JsonNode root = HistoryTree.readProject(parser, source);
            if (root == null || !root.isObject()) {
                throw new BadInputException(InputProblem.NOT_AN_OBJECT);
            }
            return root;
        } catch (IOException e) {
            // Which problem it is does not matter: a broken tail is read again with the whole file.
            throw new BadInputException(InputProblem.NOT_READABLE, String.valueOf(e.getMessage()));
        }
    }

    /** The history of a document's root object (empty when it has none). */
    static History historyOf(JsonNode root) throws BadInputException {
        return root.has("history") && !root.get("history").isNull() ? HistoryJson.decode(root) : History.empty();
    }

    /** The unknown fields among {@code root}'s members, in their order. */
    static Map<String, JsonNode> unknownMembers(JsonNode root) {
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (!KNOWN_FIELDS.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue());
            }
        });
        return unknown;
    }

    private static int formatVersion(JsonNode root) throws BadInputException {
        JsonNode node = root.get("formatVersion");
        if (node == null) {
            throw new BadInputException(InputProblem.NO_FORMAT_VERSION);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadInputException(InputProblem.BAD_FORMAT_VERSION, node.toString());
        }
        return node.intValue();
    }

    private static String requiredString(JsonNode node, String field, String name) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new BadInputException(InputProblem.MISSING_FIELD, name);
        }
        if (!value.isTextual()) {
            throw new BadInputException(InputProblem.NOT_TEXT, name);
        }
        return value.asText();
    }

    private static Instant instant(JsonNode root, String field) throws BadInputException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return field.equals("created") ? Instant.EPOCH : null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new BadInputException(InputProblem.NOT_A_TIME, field);
        }
    }

    /**
     * True when a parse error is the file ending too early (a cut-short copy) rather than bad
     * JSON: the text does not end like a complete project, and the error is at its very end.
     */
    private static boolean endsEarly(String text, JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("end-of-input")) {
            return true;
        }
        String content = text.stripTrailing();
        JsonLocation where = e.getLocation();
        if (!content.startsWith("{") || content.endsWith("}") || where == null || where.getCharOffset() < 0 || where.getCharOffset() > content.length()) {
            return false;
        }
        // The error sits in the last token: nothing after it but the rest of a word or number.
        String rest = content.substring((int) where.getCharOffset());
        return rest.chars().noneMatch(c -> Character.isWhitespace(c) || "{}[],:\"".indexOf(c) >= 0);
    }

    /** JSON text never holds a NUL byte; binary files nearly always do, early on. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }


    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.replaceAll("\\s*\\(.*?StreamReadConstraints.*", "").strip();
    }
}

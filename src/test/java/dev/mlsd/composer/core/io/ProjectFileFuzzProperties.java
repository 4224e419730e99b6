package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.assertj.core.api.SoftAssertions;

/**
 * Feeds damaged, hostile and oversized project files to {@link ProjectCodec#decode}. Whatever the
 * bytes, decoding either returns a project or throws a {@link BadInputException} with a short,
 * one-line message, and it finishes within five seconds; anything else fails.
 */
class ProjectFileFuzzProperties {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final ProjectCodec CODEC = new ProjectCodec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template TEMPLATE = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    /** A project as the app writes it, with Cyrillic text (multi-byte UTF-8) in its sections. */
    private static final byte[] VALID = CODEC.encode(Project.create(TEMPLATE,
            Map.of("data", "D", "problem", "Снизить отток", "metrics", "PR-AUC"), Instant.parse("2026-11-26T10:15:30Z")));

    /** The same with escapes, 4-byte characters, literals and numbers of every kind, so cuts and flips hit those too. */
    private static final byte[] RICH = richProject();

    private static final List<String> SLOTS = List.copyOf(Project.create(TEMPLATE, Map.of(), Instant.EPOCH).sections().keySet());

    private static final Map<String, AtomicInteger> TRIES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> LOADED = new ConcurrentHashMap<>();
    private static final Map<InputProblem, AtomicInteger> PROBLEMS = new ConcurrentHashMap<>();

    private static final Map<InputProblem, Integer> LONGEST_MESSAGE = new ConcurrentHashMap<>();

    private static volatile byte[] sixtyMegabytes;

    private enum Outcome { LOADED }

    // ---------------------------------------------------------------- (a) truncated files

    @Property(tries = 1000)
    void aTruncatedProjectFileIsRefusedAsCutShort(@ForAll("cuts") Cut cut) {
        byte[] whole = cut.rich ? RICH : VALID;
        int at = cut.at % whole.length;
        byte[] bytes = Arrays.copyOf(whole, at);
        BadInputException refused = decode("a-truncated", bytes, "the first " + at + " of " + whole.length + " bytes");
        if (isBlankAfter(whole, at)) {
            return; // only trailing white space was cut: still the whole project
        }
        assertThat(refused).as("a project file cut at byte %d loads", at).isNotNull();
        assertThat(refused.problem()).as("cut at byte %d of %d: %s", at, whole.length, refused.getMessage())
                .isIn(InputProblem.TRUNCATED, InputProblem.EMPTY);
    }

    /**
     * Found by this class: a file cut right after a comma, inside {@code true}/{@code false}/{@code null}
     * or right after a decimal point was reported as "not valid JSON" rather than "cut short",
     * because Jackson reports these ends of input as a plain parse error.
     */
    @Example
    void aFileCutAfterACommaOrInsideALiteralIsReportedAsCutShort() {
        SoftAssertions softly = new SoftAssertions();
        for (String cut : List.of("{\"formatVersion\": 1,", "{\"formatVersion\": 1, \"x\": [tr", "{\"formatVersion\": 1, \"x\": 3.")) {
            try {
                CODEC.decode(cut.getBytes(StandardCharsets.UTF_8));
                softly.fail("loads: " + cut);
            } catch (BadInputException e) {
                softly.assertThat(e.problem()).as("%s -> %s", cut, e.getMessage()).isEqualTo(InputProblem.TRUNCATED);
            }
        }
        softly.assertAll();
    }


    record Cut(boolean rich, int at) {
    }

    @Provide
    Arbitrary<Cut> cuts() {
        int longest = Math.max(VALID.length, RICH.length);
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(0, longest - 1)).as(Cut::new);
    }

    // ---------------------------------------------------------------- (b) flipped and overwritten bytes

    @Property(tries = 1000)
    void aProjectFileWithDamagedBytesLoadsOrIsRefused(@ForAll("damage") Damage damage) {
        byte[] bytes = (damage.rich ? RICH : VALID).clone();
        for (Flip flip : damage.flips) {
            int at = (int) (Integer.toUnsignedLong(flip.position) % bytes.length);
            bytes[at] = flip.xor ? (byte) (bytes[at] ^ flip.value) : flip.value;
        }
        decode("b-flipped", bytes, damage.toString());
    }

    record Flip(int position, boolean xor, byte value) {
        @Override
        public String toString() {
            return "@" + Integer.toUnsignedString(position) + (xor ? " ^= " : " = ") + String.format(Locale.ROOT, "0x%02X", value & 0xFF);
        }
    }

    record Damage(boolean rich, List<Flip> flips) {
    }

    @Provide
    Arbitrary<Damage> damage() {
        Arbitrary<Byte> bits = Arbitraries.of(1, 2, 4, 8, 16, 32, 64, 128).map(b -> (byte) b.intValue());
        Arbitrary<Byte> interesting = byteSet("\"\\{}[],: \n\r\t09-+.eEntfu/",
                0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xD0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF);
        Arbitrary<Flip> bitFlip = Combinators.combine(Arbitraries.integers(), bits).as((p, b) -> new Flip(p, true, b));
        Arbitrary<Byte> anyByte = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.bytes()), Tuple.of(2, interesting));
        Arbitrary<Flip> overwrite = Combinators.combine(Arbitraries.integers(), anyByte).as((p, b) -> new Flip(p, false, b));
        Arbitrary<Flip> flip = Arbitraries.frequencyOf(Tuple.of(1, bitFlip), Tuple.of(2, overwrite));
        return Combinators.combine(Arbitraries.of(false, true), flip.list().ofMinSize(1).ofMaxSize(20)).as(Damage::new);
    }

    // ---------------------------------------------------------------- (c) random bytes

    @Property(tries = 1000)
    void randomBytesLoadOrAreRefused(@ForAll("randomBytes") byte[] bytes) {
        decode("c-random", bytes, bytes.length + " random bytes");
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> jsonish = byteSet("{}[]\":,.-+0123456789eEtruefalsn \n\t\\/u");
        Arbitrary<Byte> notUtf8 = byteSet("", 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE0, 0xED, 0xA0, 0xF0, 0xF4, 0xF5, 0xF8, 0xFF, 0xFE);
        Arbitrary<Byte> nul = Arbitraries.just((byte) 0);
        Arbitrary<Byte> noNul = any.filter(b -> b != 0);
        // Three alphabets, so not every array holds a NUL (which is refused as binary at once).
        Arbitrary<byte[]> anyBytes = Arbitraries.frequencyOf(
                Tuple.of(8, any), Tuple.of(1, nul)).array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> textish = Arbitraries.frequencyOf(
                Tuple.of(6, jsonish), Tuple.of(2, noNul), Tuple.of(1, notUtf8))
                .array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> objectish = textish.map(b -> concat("{\"formatVersion\":1,".getBytes(StandardCharsets.UTF_8), b));
        return Arbitraries.oneOf(anyBytes, textish, objectish);
    }

    // ---------------------------------------------------------------- (d) deep nesting

    @Property(tries = 500, shrinking = ShrinkingMode.OFF)
    void deepNestingIsRefusedAsTooDeep(@ForAll("nestings") Nesting nesting) {
        byte[] bytes = nesting.build();
        BadInputException refused = decode("d-deep", bytes, nesting.toString());
        int depth = nesting.depth + 1; // the root object is a level too
        if (depth > ProjectCodec.MAX_DEPTH) {
            assertThat(refused).as("%s loads", nesting).isNotNull();
            assertThat(refused.problem()).as(nesting.toString()).isEqualTo(InputProblem.TOO_DEEP);
        } else if (!nesting.closed) {
            assertThat(refused).as("%s loads", nesting).isNotNull();
            assertThat(refused.problem()).as(nesting.toString()).isEqualTo(InputProblem.TRUNCATED);
        } else if (nesting.inProject) {
            assertThat(refused).as("%s is refused", nesting).isNull();
        }
    }

    record Nesting(int depth, boolean objects, boolean closed, boolean inProject) {
        byte[] build() {
            String open = objects ? "{\"a\":" : "[";
            String close = objects ? "}" : "]";
            StringBuilder json = new StringBuilder(depth * (open.length() + close.length()) + 64);
            json.append(inProject ? "{\"x\": " : "{\"formatVersion\":1,\"x\":");
            json.append(open.repeat(depth));
            if (closed) {
                json.append(objects ? "1" : "").append(close.repeat(depth));
                if (inProject) {
                    json.append(",\n").append(new String(VALID, 1, VALID.length - 1, StandardCharsets.UTF_8));
                } else {
                    json.append('}');
                }
            }
            return json.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return (closed ? "closed " : "unclosed ") + (objects ? "objects" : "arrays") + " nested " + depth + " deep"
                    + (inProject ? " in a project" : "");
        }
    }

    @Provide
    Arbitrary<Nesting> nestings() {
        Arbitrary<Integer> depth = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 100)),
                Tuple.of(2, Arbitraries.of(1, 61, 62, 63, 64, 65, 66, 99_999, 100_000)),
                Tuple.of(3, Arbitraries.integers().between(101, 100_000)));
        return Combinators.combine(depth, Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as(Nesting::new);
    }

    // ---------------------------------------------------------------- (e) huge strings and documents

    @Property(tries = 60, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void hugeStringsLoadOrAreRefused(@ForAll("huge") Huge huge) {
        byte[] bytes = huge.build();
        BadInputException refused = decode("e-huge", bytes, huge.toString());
        InputProblem expected = switch (huge.kind) {
            case SECTION -> null;
            case SECTION_WITH_CONTROL_CHAR -> InputProblem.NOT_JSON;
            case UNCLOSED_STRING -> InputProblem.TRUNCATED;
            case FIELD_NAME, NUMBER -> InputProblem.OVER_LIMITS;
            case FORMAT_VERSION_STRING -> InputProblem.BAD_FORMAT_VERSION;
            case WHITESPACE_THEN_ARRAY -> InputProblem.NOT_AN_OBJECT;
            case SIXTY_MB -> InputProblem.TOO_LARGE;
        };
        if (expected == null) {
            assertThat(refused).as("%s is refused", huge).isNull();
        } else {
            assertThat(refused).as("%s loads", huge).isNotNull();
            assertThat(refused.problem()).as("%s: %s", huge, refused.problem()).isEqualTo(expected);
        }
    }

    enum HugeKind { SECTION, SECTION_WITH_CONTROL_CHAR, UNCLOSED_STRING, FIELD_NAME, NUMBER, FORMAT_VERSION_STRING,
        WHITESPACE_THEN_ARRAY, SIXTY_MB }

    record Huge(HugeKind kind, int megabytes, char fill) {
        byte[] build() {
            int n = megabytes * 1024 * 1024;
            String valid = new String(VALID, StandardCharsets.UTF_8);
            return switch (kind) {
                case SECTION -> {
                    String text = String.valueOf(fill).repeat(fill < 0x80 ? n : n / 2);
                    yield valid.replace("\"PR-AUC\"", "\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
                }
                case SECTION_WITH_CONTROL_CHAR -> {
                    String text = "a".repeat(n / 2) + '\u0001' + "a".repeat(n / 2);
                    yield valid.replace("\"PR-AUC\"", "\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
                }
                case UNCLOSED_STRING -> ("{\"formatVersion\":1,\"x\":\"" + String.valueOf(fill).repeat(fill < 0x80 ? n : n / 2))
                        .getBytes(StandardCharsets.UTF_8);
                case FIELD_NAME -> ("{\"formatVersion\":1,\"" + "k".repeat(n) + "\":1}").getBytes(StandardCharsets.UTF_8);
                case NUMBER -> ("{\"formatVersion\":1,\"x\":" + "7".repeat(n) + "}").getBytes(StandardCharsets.UTF_8);
                case FORMAT_VERSION_STRING -> ("{\"formatVersion\":\"" + "9".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8);
                case WHITESPACE_THEN_ARRAY -> (" ".repeat(n) + "[]").getBytes(StandardCharsets.UTF_8);
                case SIXTY_MB -> sixtyMegabytes();
            };
        }

        @Override
        public String toString() {
            return kind == HugeKind.SIXTY_MB ? "a 60 MB project file"
                    : kind + " of " + megabytes + " MB of " + String.format(Locale.ROOT, "U+%04X", (int) fill);
        }
    }

    @Provide
    Arbitrary<Huge> huge() {
        return Combinators.combine(Arbitraries.of(HugeKind.class), Arbitraries.integers().between(5, 20),
                Arbitraries.of('a', ' ', '\u00e9', '\u0436', '\u20ac'))
                .as(Huge::new);
    }

    /** A well-formed project of 60 MB (one huge section), built once: too large to read at all. */
    private static byte[] sixtyMegabytes() {
        byte[] bytes = sixtyMegabytes;
        if (bytes == null) {
            synchronized (ProjectFileFuzzProperties.class) {
                if (sixtyMegabytes == null) {
                    String valid = new String(VALID, StandardCharsets.UTF_8);
                    int at = valid.indexOf("\"PR-AUC\"") + 1;
                    ByteArrayOutputStream out = new ByteArrayOutputStream(61 * 1024 * 1024);
                    out.writeBytes(valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 60; i++) {
                        out.writeBytes(chunk);
                    }
                    out.writeBytes(valid.substring(at + "PR-AUC".length()).getBytes(StandardCharsets.UTF_8));
                    sixtyMegabytes = out.toByteArray();
                }
                bytes = sixtyMegabytes;
            }
        }
        return bytes;
    }

    @Example
    void aSixtyMegabyteProjectFileIsRefusedAsTooLarge() {
        byte[] bytes = sixtyMegabytes();
        assertThat(bytes.length).isGreaterThan(60 * 1024 * 1024);
        BadInputException refused = decode("e-huge", bytes, "a 60 MB project file");
        assertThat(refused).isNotNull();
        assertThat(refused.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(refused.getMessage()).contains("60.0 MB");
    }

    // ---------------------------------------------------------------- (f) wrong field types

    @Property(tries = 1000)
    void wrongFieldTypesAreRefused(@ForAll("wrongTypes") List<Replacement> replacements) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(VALID);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (Replacement r : replacements) {
            r.applyTo(root);
        }
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        java.util.Set<InputProblem> expected = problemsOf(root);
        BadInputException refused = decode("f-wrong-types", bytes, replacements.toString());
        if (expected.isEmpty()) {
            assertThat(refused).as("a well-typed file is refused after %s", replacements).isNull();
        } else {
            assertThat(refused).as("a file with %s loads after %s", expected, replacements).isNotNull();
            assertThat(refused.problem()).as("refused after %s: %s", replacements, refused.getMessage()).isIn(expected);
        }
    }

    /**
     * What is wrong with {@code root} by the format's description (see {@link ProjectMigrations}
     * for format 0), worked out here rather than asked of the codec: empty when it is a project.
     * The codec may report any one of them; which first is its own business.
     */
    private static java.util.Set<InputProblem> problemsOf(ObjectNode root) {
        java.util.Set<InputProblem> problems = java.util.EnumSet.noneOf(InputProblem.class);
        if (longestNumber(root) > 100) {
            problems.add(InputProblem.OVER_LIMITS);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            problems.add(InputProblem.NO_FORMAT_VERSION);
            return problems;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 0) {
            problems.add(InputProblem.BAD_FORMAT_VERSION);
            return problems;
        }
        if (version.intValue() > ProjectCodec.FORMAT_VERSION) {
            problems.add(InputProblem.NEWER_FORMAT);
            return problems;
        }
        JsonNode template = root.get("template");
        if (version.intValue() == 0) {
            // This codec has no templates to look a format-0 id up in.
            problems.add(template == null ? InputProblem.MISSING_FIELD
                    : template.isTextual() ? InputProblem.UNKNOWN_TEMPLATE : InputProblem.NOT_TEXT);
            return problems;
        }
        if (template == null) {
            problems.add(InputProblem.MISSING_FIELD);
        } else if (!template.isObject()) {
            problems.add(InputProblem.NOT_AN_OBJECT_FIELD);
        } else {
            for (String field : List.of("id", "source")) {
                JsonNode value = template.get(field);
                if (value == null) {
                    problems.add(InputProblem.MISSING_FIELD);
                } else if (!value.isTextual()) {
                    problems.add(InputProblem.NOT_TEXT);
                }
            }
        }
        JsonNode sections = root.get("sections");
        if (sections != null && !sections.isNull()) {
            if (!sections.isObject()) {
                problems.add(InputProblem.NOT_AN_OBJECT_FIELD);
            } else {
                sections.elements().forEachRemaining(text -> {
                    if (!text.isTextual()) {
                        problems.add(InputProblem.NOT_TEXT);
                    }
                });
            }
        }
        for (String field : List.of("created", "modified")) {
            JsonNode time = root.get(field);
            if (time != null && !time.isNull() && !isInstant(time)) {
                problems.add(InputProblem.NOT_A_TIME);
            }
        }
        return problems;
    }

    private static boolean isInstant(JsonNode time) {
        if (!time.isTextual()) {
            return false;
        }
        try {
            Instant.parse(time.textValue());
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The length of the longest number as written in the file (the reader refuses more than 100 characters). */
    private static int longestNumber(JsonNode node) {
        if (node.isNumber()) {
            return node.toString().length();
        }
        int longest = 0;
        for (JsonNode child : node) {
            longest = Math.max(longest, longestNumber(child));
        }
        return longest;
    }

    /** Sets the field at {@code path} (dot-separated; {@code null} value: removes it). */
    record Replacement(String path, JsonNode value) {
        void applyTo(ObjectNode root) {
            String[] parts = path.split("\\.", 2);
            ObjectNode parent = root;
            String field = parts[0];
            if (parts.length == 2) {
                JsonNode child = root.get(parts[0]);
                if (!(child instanceof ObjectNode object)) {
                    return; // replaced by an earlier replacement
                }
                parent = object;
                field = parts[1];
            }
            if (value == null) {
                parent.remove(field);
            } else {
                // A copy: the same generated node set twice could otherwise nest inside itself.
                parent.set(field, value.deepCopy());
            }
        }

        @Override
        public String toString() {
            return path + (value == null ? " removed" : " = " + value);
        }
    }

    @Provide
    Arbitrary<List<Replacement>> wrongTypes() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(nodes::numberNode),
                Arbitraries.longs().map(nodes::numberNode),
                Arbitraries.doubles().map(nodes::numberNode),
                Arbitraries.of(0, -1, 1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE).map(nodes::numberNode),
                Arbitraries.of("1e400", "-1e400", "1.0", "1.5", "0.0", "-0", "2147483648", "99999999999999999999",
                        "1".repeat(100), "1".repeat(101), "1e-400", "12345678901234567890.5e-3")
                        .map(ProjectFileFuzzProperties::rawNumber));
        Arbitrary<JsonNode> strings = Arbitraries.oneOf(
                Arbitraries.of("", "1", "0", "-1", "1.0", "abc", "architecture-and-models.ru", "architecture-and-models.en",
                        "no-such-template", "2026-11-26T10:15:30Z", "2026-13-40T99:99:99Z", "+1000000000-01-01T00:00:00Z",
                        "-1000000000-01-01T00:00:00Z", "1970-01-01T00:00:00.000000001Z", "2016-12-31T23:59:60Z",
                        "\u0000", "\uD800", "\uDC00x", "\u2028", "\t", "'\"{}\\").map(nodes::textNode),
                lineFree().map(nodes::textNode));
        Arbitrary<JsonNode> others = Arbitraries.of(
                nodes.nullNode(), nodes.booleanNode(true), nodes.booleanNode(false),
                nodes.arrayNode(), nodes.arrayNode().add(1).add("x").add(nodes.nullNode()),
                nodes.objectNode(), nodes.objectNode().put("id", 1).put("source", 2),
                nodes.objectNode().set("id", nodes.arrayNode()),
                nodes.arrayNode().add(nodes.arrayNode().add(nodes.arrayNode())));
        Arbitrary<JsonNode> value = Arbitraries.frequencyOf(
                Tuple.of(3, numbers), Tuple.of(3, strings), Tuple.of(3, others),
                Tuple.of(1, Arbitraries.just((JsonNode) null)));
        List<String> paths = new ArrayList<>(List.of("formatVersion", "formatVersion", "template", "template.id",
                "template.source", "sections", "created", "modified", "extra"));
        SLOTS.forEach(slot -> paths.add("sections." + slot));
        // Section names the template does not have, odd ones included (line breaks: see refusalMessagesQuotingTheFileStayOnOneLine).
        Arbitrary<String> oddSection = Arbitraries.oneOf(
                Arbitraries.of("", " ", "a.b", "\"", "\\", "\u00e9", "\ud83d\ude00", "\u0000", "\t", "x".repeat(1000)),
                lineFree()).map(name -> "sections." + name);
        Arbitrary<Replacement> replacement = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(paths)), Tuple.of(1, oddSection)), value).as(Replacement::new);
        // Format 0 names its template by id and is upgraded on load: a path of its own.
        Arbitrary<List<Replacement>> format0 = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of("architecture-and-models.ru", "architecture-and-models.en", "no-such-template", "")
                                .map(nodes::textNode)),
                        Tuple.of(1, lineFree().map(nodes::textNode)),
                        Tuple.of(2, value))
                .map(template -> List.of(new Replacement("formatVersion", nodes.numberNode(0)), new Replacement("template", template)));
        Arbitrary<List<Replacement>> plain = replacement.list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, Combinators.combine(format0, replacement.list().ofMaxSize(2))
                .as((a, b) -> { List<Replacement> all = new ArrayList<>(a); all.addAll(b); return List.copyOf(all); })));
    }

    /** Random text without line breaks (line breaks are covered by refusalMessagesQuotingTheFileStayOnOneLine). */
    private static Arbitrary<String> lineFree() {
        return Arbitraries.strings().ofMaxLength(40).excludeChars('\n', '\r', '\u0085', '\u2028', '\u2029');
    }

    /**
     * Found by this class: a refusal message quoted text from the file verbatim, so a section name
     * or a format-0 template id holding a line break gave a message of several lines.
     */
    @Example
    void refusalMessagesQuotingTheFileStayOnOneLine() {
        SoftAssertions softly = new SoftAssertions();
        List<String> inputs = List.of(
                "{\"formatVersion\": 1, \"template\": {\"id\": \"x\", \"source\": \"s\"}, \"sections\": {\"a\\nb\": 1}}",
                "{\"formatVersion\": 0, \"template\": \"a\\nb\"}");
        for (String input : inputs) {
            try {
                CODEC.decode(input.getBytes(StandardCharsets.UTF_8));
                softly.fail("loads: " + input);
            } catch (BadInputException e) {
                softly.assertThat(e.getMessage()).as("the %s message for %s", e.problem(), input).doesNotContain("\n");
            }
        }
        softly.assertAll();
    }

    /** The number written exactly as {@code text} (a double would turn 1e400 into Infinity, which is not JSON). */
    private static JsonNode rawNumber(String text) {
        return text.matches("-?\\d+") ? JsonNodeFactory.instance.numberNode(new BigInteger(text))
                : JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text));
    }

    // ---------------------------------------------------------------- the property every input shares

    /**
     * Decodes {@code bytes} within {@link #LIMIT}: returns null when it loads, the exception when
     * it is refused; anything else thrown fails with a description of the input.
     */
    private static BadInputException decode(String category, byte[] bytes, String description) {
        TRIES.computeIfAbsent(category, k -> new AtomicInteger()).incrementAndGet();
        Object outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Project project = CODEC.decode(bytes);
                assertThat(project).isNotNull();
                return Outcome.LOADED;
            } catch (BadInputException e) {
                return e;
            } catch (Throwable t) {
                throw new AssertionError("decode threw " + t.getClass().getName() + " (not a BadInputException) for "
                        + category + ": " + description + "; input starts " + preview(bytes), t);
            }
        }, () -> "decode took longer than " + LIMIT.toSeconds() + " s for " + category + ": " + description);
        if (outcome == Outcome.LOADED) {
            LOADED.computeIfAbsent(category, k -> new AtomicInteger()).incrementAndGet();
            return null;
        }
        BadInputException e = (BadInputException) outcome;
        PROBLEMS.computeIfAbsent(e.problem(), k -> new AtomicInteger()).incrementAndGet();
        String message = e.getMessage();
        LONGEST_MESSAGE.merge(e.problem(), message == null ? 0 : message.length(), Math::max);
        assertThat(e.problem()).as("the problem of a refused input").isNotNull();
        assertThat(message).as("the message for %s: %s", category, description).isNotBlank()
                .doesNotContain("Exception").doesNotContain("\n").doesNotContain("\r");
        return e;
    }

    private static String preview(byte[] bytes) {
        int n = Math.min(bytes.length, 80);
        return "[" + bytes.length + " bytes] " + new String(bytes, 0, n, StandardCharsets.ISO_8859_1)
                .replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static boolean isBlankAfter(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** One of the ASCII characters of {@code ascii} or of the {@code extra} byte values. */
    private static Arbitrary<Byte> byteSet(String ascii, int... extra) {
        List<Byte> values = new ArrayList<>();
        ascii.chars().forEach(c -> values.add((byte) c));
        for (int b : extra) {
            values.add((byte) b);
        }
        return Arbitraries.of(values);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] richProject() {
        String valid = new String(VALID, StandardCharsets.UTF_8);
        String json = valid.replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"future\": {\"flags\": [true, false, null], "
                        + "\"numbers\": [0, -1, 3.25, -6.02e23, 1E-7, 12345678901234567890], \"empty\": {}, \"list\": []},")
                .replace("\"PR-AUC\"", "\"PR-AUC \\\"quoted\\\" \\\\ tab\\t line\\nnext \\u00e9 \\ud83d\\ude00 😀 ∑ 中\"");
        try {
            return CODEC.encode(CODEC.decode(json.getBytes(StandardCharsets.UTF_8)));
        } catch (BadInputException e) {
            throw new AssertionError("the rich project does not load: " + e.getMessage(), e);
        }
    }

    @AfterContainer
    static void summary() {
        Map<String, String> perCategory = new TreeMap<>();
        TRIES.forEach((category, tries) -> {
            int loaded = LOADED.getOrDefault(category, new AtomicInteger()).get();
            perCategory.put(category, tries.get() + " (" + loaded + " loaded, " + (tries.get() - loaded) + " refused)");
        });
        Map<InputProblem, Integer> problems = new EnumMap<>(InputProblem.class);
        PROBLEMS.forEach((problem, count) -> problems.put(problem, count.get()));
        int total = TRIES.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("project file fuzz: " + total + " inputs; " + perCategory.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; problems " + problems
                + "; longest message by problem " + new TreeMap<>(LONGEST_MESSAGE));
    }
}

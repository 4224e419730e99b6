package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectCodecTest {

    private final ProjectCodec codec = new ProjectCodec();
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final Instant now = Instant.parse("2026-11-26T10:15:30Z");

    private Project project() {
        return Project.create(template, Map.of("data", "D", "problem", "Снизить отток", "metrics", "PR-AUC"), now);
    }

    @Test
    void writesPrettyJsonWithAStableKeyOrder() {
        String json = new String(codec.encode(project()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"formatVersion\": 2,\n  \"template\": {\n    \"id\": \"architecture-and-models.ru\",\n    \"source\": \"---\\n");
        assertThat(json.indexOf("\"sections\"")).isLessThan(json.indexOf("\"created\""));
        assertThat(json.indexOf("\"problem\"")).isLessThan(json.indexOf("\"metrics\""));
        assertThat(json.indexOf("\"metrics\"")).isLessThan(json.indexOf("\"data\""));
        assertThat(json).contains("\"created\": \"2026-11-26T10:15:30Z\"").contains("Снизить отток").endsWith("}\n");
        assertThat(json).doesNotContain("\r");
        assertThat(codec.encode(project())).isEqualTo(codec.encode(project()));
    }

    @Test
    void roundTripsEverything() throws BadInputException {
        Project project = project();
        Project back = codec.decode(codec.encode(project));
        assertThat(back).isEqualTo(project);
        assertThat(back.templateSource()).isEqualTo(template.source());
    }

    @Test
    void keepsFieldsItDoesNotKnow() throws BadInputException {
        String json = new String(codec.encode(project()), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 2,", "\"formatVersion\": 2,\n  \"futureField\": {\"a\": [1, 2]},");
        Project loaded = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        String again = new String(codec.encode(loaded), StandardCharsets.UTF_8);
        assertThat(again).contains("\"futureField\": {").contains("\"a\": [");
        assertThat(codec.decode(again.getBytes(StandardCharsets.UTF_8)).unknownFields().names()).containsExactly("futureField");
    }

    @Test
    void normalisesLineEndingsOnLoad() throws BadInputException {
        String json = new String(codec.encode(project()), StandardCharsets.UTF_8).replace("\"PR-AUC\"", "\"a\\r\\nb\\rc\"");
        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8)).section("metrics")).isEqualTo("a\nb\nc");
    }

    @Test
    void normalisesTheTextsItDecodesAndNothingElseNeedsTo() throws BadInputException {
        String json = "\uFEFF" + new String(codec.encode(project()), StandardCharsets.UTF_8)
                .replace("\"PR-AUC\"", "\"x\\ud800y\\r\\n\"").replace("\n", "\r\n");
        Project loaded = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.section("metrics")).isEqualTo("x\uFFFDy\n");
        assertThat(loaded.templateSource()).isEqualTo(template.source()).doesNotContain("\r");
    }

    @Test
    void aLastCharacterCutShortIsTruncationAndABadByteBeforeItIsNotUtf8() {
        byte[] good = codec.encode(project());
        byte[] cutInCyrillic = Arrays.copyOf(good, indexOf(good, "Снизить") + 1);
        byte[] latin1Late = Arrays.copyOf(good, good.length + 1);
        latin1Late[good.length] = (byte) 0xE9;
        byte[] latin1Early = good.clone();
        latin1Early[indexOf(good, "PR-AUC")] = (byte) 0xE9;
        assertThatThrownBy(() -> codec.decode(cutInCyrillic)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problem()).isEqualTo(InputProblem.TRUNCATED));
        assertThatThrownBy(() -> codec.decode(latin1Late)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problem()).isEqualTo(InputProblem.TRUNCATED));
        assertThatThrownBy(() -> codec.decode(latin1Early)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problem()).isEqualTo(InputProblem.NOT_UTF8));
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    @Test
    void badFilesGiveClearMessages() {
        byte[] good = codec.encode(project());
        Map<String, byte[]> cases = Map.of(
                "is empty", new byte[0],
                "cut short", Arrays.copyOf(good, good.length / 2),
                "not valid JSON", "hello".getBytes(StandardCharsets.UTF_8),
                "not UTF-8", new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'},
                "newer MLSD Composer (format 3)", new String(good, StandardCharsets.UTF_8)
                        .replace("\"formatVersion\": 2", "\"formatVersion\": 3").getBytes(StandardCharsets.UTF_8),
                "no 'formatVersion'", "{\"template\": {}}".getBytes(StandardCharsets.UTF_8),
                "not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8),
                "'sections.problem' is not text", new String(good, StandardCharsets.UTF_8)
                        .replace("\"Снизить отток\"", "42").getBytes(StandardCharsets.UTF_8),
                "'template.source' is missing", "{\"formatVersion\": 1, \"template\": {\"id\": \"x\"}}".getBytes(StandardCharsets.UTF_8));
        cases.forEach((message, bytes) -> assertThatThrownBy(() -> codec.decode(bytes))
                .as(message).isInstanceOf(BadInputException.class).hasMessageContaining(message));
    }

    @Test
    void deepNestingIsRefusedWithoutACrash() {
        String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> codec.decode(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nests deeper than 64 levels");
    }

    @Test
    void duplicateKeysAreRefused() {
        String json = "{\"formatVersion\": 1, \"formatVersion\": 1}";
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8))).isInstanceOf(BadInputException.class);
    }

    @Test
    void projectKeepsSectionsOfSlotsTheTemplateLacks() throws BadInputException {
        Project project = Project.create(template, Map.of("problem", "p", "legacy", "old text"), now);
        assertThat(project.sections().keySet()).containsExactlyElementsOf(List.of("problem", "metrics", "data", "legacy"));
        assertThat(codec.decode(codec.encode(project)).section("legacy")).isEqualTo("old text");
    }
}

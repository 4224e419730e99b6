package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectHistoryFormatTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    @TempDir
    Path dir;

    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectCodec codec = new ProjectCodec();
    private final ProjectStore store = new ProjectStore(codec, new AtomicFileWriter());

    /** Three sections of about 30 KB each, a line per sentence, as a long real draft has. */
    private Project bigProject() {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; text.length() < 30_000; line++) {
                text.append("Строка ").append(line).append(" раздела ").append(slot)
                        .append(": абоненты с падающим трафиком уходят к конкурентам в течение месяца.\n");
            }
            sections.put(slot, text.toString());
        }
        return Project.create(template, sections, T0);
    }

    private static Project changeOneLine(Project project, Random random, int step) {
        Map<String, String> sections = new LinkedHashMap<>(project.sections());
        String slot = List.copyOf(sections.keySet()).get(random.nextInt(sections.size()));
        String[] lines = sections.get(slot).split("\n", -1);
        int at = random.nextInt(lines.length - 1);
        lines[at] = lines[at] + " Правка " + step + ".";
        sections.put(slot, String.join("\n", lines));
        return project.withSections(sections, T0.plusSeconds(step));
    }

    @Test
    void fortyVersionsChangingOneLineEachKeepTheFileWithinFiveTimesItsSizeWithoutHistory() throws Exception {
        Random random = new Random(15);
        Project project = bigProject();
        for (int step = 1; step <= 40; step++) {
            project = changeOneLine(project, random, step);
            project = project.withHistory(project.history().record(project, null, 1000 + step, T0.plusSeconds(step)), T0.plusSeconds(step));
        }
        int without = codec.encode(project.withHistory(History.empty(), project.modified())).length;
        byte[] with = codec.encode(project);
        System.out.printf("size bound: without history %d bytes, with 40 versions %d bytes (%.2fx)%n",
                without, with.length, with.length / (double) without);
        assertThat(without).isGreaterThan(90_000);
        assertThat(with.length).isLessThanOrEqualTo(5 * without);

        Project back = codec.decode(with);
        assertThat(back.history()).isEqualTo(project.history());
        assertThat(back.history().versions()).hasSize(40);
    }

    @Test
    void versionsAndAnswersRoundTripWithUnknownFieldsAndDeletions() throws Exception {
        Project project = Project.create(template, Map.of("problem", "a\nb\nc\n"), T0);
        History history = project.history().record(project, "first", 7, T0);
        Project second = project.withSections(Map.of("problem", "a\nB\nc\n", "data", "d"), T0);
        history = history.record(second, null, 8, T0.plusSeconds(1)).record(project, null, 7, T0.plusSeconds(2))
                .addAnswer(new Answer("ab12", 2, T0, "GPT-5", "# Ответ\n\nTraining Pipeline…"))
                .addAnswer(new Answer("cd34", 3, T0, null, "other"))
                .accept("ab12", T0.plusSeconds(3))
                .deleteVersion(3);
        String json = new String(codec.encode(second.withHistory(history, T0)), StandardCharsets.UTF_8)
                .replace("\"created\"", "\"future\": {\"x\": [1, 2]},\n  \"created\"");
        Project back = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(back.history()).isEqualTo(history);
        assertThat(back.history().version(2).orElseThrow().section("problem")).isEqualTo("a\nB\nc\n");
        assertThat(back.history().nextNumber()).isEqualTo(4);
        assertThat(back.unknownFields().names()).contains("future");
        assertThat(new String(codec.encode(back), StandardCharsets.UTF_8)).contains("\"future\"").contains("\"deleted\"");
    }

    @Test
    void aFormat1FileOpensWithoutVersionsAndItsFirstFormat2SaveKeepsTheOriginal() throws Exception {
        Project plain = Project.create(template, Map.of("problem", "Снизить отток"), T0);
        byte[] format1 = new String(codec.encode(plain), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 2", "\"formatVersion\": 1").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("old.mlsd"), format1);

        Project loaded = store.load(file);
        assertThat(loaded.history().versions()).isEmpty();
        assertThat(loaded.migratedFrom()).isEqualTo(1);
        assertThat(loaded.section("problem")).isEqualTo("Снизить отток");

        Project versioned = loaded.withHistory(loaded.history().record(loaded, null, 3, T0), T0);
        store.save(file, versioned);
        assertThat(dir.resolve("old.mlsd.format1.bak")).hasBinaryContent(format1);
        assertThat(Files.readString(file)).contains("\"formatVersion\": 2").contains("\"history\"");

        Project reloaded = store.load(file);
        assertThat(reloaded.migratedFrom()).isNull();
        store.save(file, reloaded.withHistory(reloaded.history().record(reloaded.withSections(Map.of("problem", "x"), T0), null, 1, T0), T0));
        assertThat(dir.resolve("old.mlsd.format1.bak")).as("never overwritten later").hasBinaryContent(format1);
        assertThat(store.load(file).history().versions()).hasSize(2);
    }

    @Test
    void aNewerFormatIsRefusedWithTheNewerVersionMessage() {
        String json = new String(codec.encode(Project.create(template, Map.of(), T0)), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 2", "\"formatVersion\": 3");
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.NEWER_FORMAT))
                .hasMessageContaining("newer MLSD Composer (format 3)");
    }

    @Test
    void aVersionListReferringToAMissingTextIsRefusedCleanly() {
        String line = "x".repeat(60);
        Project project = Project.create(template, Map.of("problem", line + "\nb\n"), T0);
        History history = project.history().record(project, null, 1, T0)
                .record(project.withSections(Map.of("problem", line + "\nc\n"), T0), null, 1, T0);
        String json = new String(codec.encode(project.withHistory(history, T0)), StandardCharsets.UTF_8);
        // The first version loses its full copy of the section: the second's delta now refers to nothing.
        int first = json.indexOf("\"sections\"", json.indexOf("\"versions\""));
        String broken = json.substring(0, first) + json.substring(first).replaceFirst("\"problem\": \"x+\\\\nb\\\\n\",?", "");
        assertThat(broken).isNotEqualTo(json);
        assertThatThrownBy(() -> codec.decode(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BROKEN_HISTORY))
                .hasMessageContaining("history.versions[1].sections.problem");

        String outOfRange = json.replace("\"at\": 1", "\"at\": 99");
        assertThat(outOfRange).isNotEqualTo(json);
        assertThatThrownBy(() -> codec.decode(outOfRange.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BROKEN_HISTORY));

        String orphanAnswer = new String(codec.encode(project.withHistory(history.addAnswer(new Answer("a1", 1, T0, null, "x")), T0)),
                StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 9");
        assertThatThrownBy(() -> codec.decode(orphanAnswer.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BROKEN_HISTORY));
    }

    @Test
    void everyVersionsTextIsCopiedInFullNowAndThen() {
        Project project = Project.create(template, Map.of("problem", "a\n".repeat(200)), T0);
        History history = History.empty();
        for (int i = 0; i < HistoryJson.FULL_COPY_EVERY + 1; i++) {
            Project step = project.withSections(Map.of("problem", "a\n".repeat(200) + i), T0);
            history = history.record(step, null, 1, T0);
        }
        var root = HistoryJson.encode(history);
        assertThat(root.get("versions").get(0).get("sections").get("problem").isTextual()).isTrue();
        assertThat(root.get("versions").get(1).get("sections").get("problem").isArray()).isTrue();
        assertThat(root.get("versions").get(HistoryJson.FULL_COPY_EVERY).get("sections").get("problem").isTextual()).isTrue();
    }
}

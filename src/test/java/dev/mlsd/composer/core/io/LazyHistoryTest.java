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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history read from a file rebuilds a version's texts when they are first asked for, and refuses a broken chain at once. */
class LazyHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    @TempDir
    Path dir;

    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectCodec codec = new ProjectCodec();
    private final ProjectStore store = new ProjectStore(codec, new AtomicFileWriter());

    private Project withHistory(int versions) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            sections.put(slot, ("Строка раздела " + slot + "\r\n").repeat(200));
        }
        Project project = Project.create(template, sections, T0);
        History history = History.empty();
        Random random = new Random(17);
        for (int i = 1; i <= versions; i++) {
            Map<String, String> next = new LinkedHashMap<>(project.sections());
            String slot = template.slotIds().get(random.nextInt(template.slotIds().size()));
            List<String> lines = new ArrayList<>(List.of(next.get(slot).split("\n", -1)));
            int at = random.nextInt(lines.size());
            switch (i % 3) {
                case 0 -> lines.set(at, lines.get(at) + " правка " + i);
                case 1 -> lines.add(at, "новая строка " + i);
                default -> lines.remove(at);
            }
            next.put(slot, String.join("\n", lines));
            project = project.withSections(next, T0.plusSeconds(i));
            history = history.record(project, i % 5 == 0 ? "метка " + i : null, 100 + i, T0.plusSeconds(i))
                    .addAnswer(new Answer("a" + i, i, T0.plusSeconds(i), "GPT-5", "Ответ\r\n" + i));
        }
        return project.withHistory(history, project.modified());
    }

    @Test
    void openingLeavesTheVersionsTextsUnbuiltUntilOneIsAskedForAndThenGivesThemExactly() throws Exception {
        Project saved = withHistory(3 * HistoryJson.FULL_COPY_EVERY + 5);
        Path file = dir.resolve("long.mlsd");
        store.save(file, saved);

        History loaded = store.load(file).history();
        assertThat(loaded.versions()).hasSize(saved.history().versions().size()).noneMatch(Version::textsKnown);

        Version middle = loaded.version(50).orElseThrow();
        assertThat(middle.sections()).isEqualTo(saved.history().version(50).orElseThrow().sections());
        assertThat(middle.textsKnown()).isTrue();
        assertThat(loaded.version(51).orElseThrow().textsKnown()).isFalse();

        List<Version> shuffled = new ArrayList<>(loaded.versions());
        Collections.shuffle(shuffled, new Random(3));
        for (Version version : shuffled) {
            Version original = saved.history().version(version.number()).orElseThrow();
            assertThat(version.templateSource()).isEqualTo(original.templateSource());
            assertThat(version.sections()).as("version %d", version.number()).isEqualTo(original.sections());
            assertThat(version.label()).isEqualTo(original.label());
        }
        assertThat(loaded.answer("a7").orElseThrow().text()).isEqualTo("Ответ\n7");
        assertThat(loaded).isEqualTo(saved.history());
    }

    @Test
    void aProjectOpenedAndSavedUnchangedIsWrittenBackByteForByte() throws Exception {
        byte[] bytes = codec.encode(withHistory(HistoryJson.FULL_COPY_EVERY + 3));
        assertThat(codec.encode(codec.decode(bytes))).isEqualTo(bytes);
        Path file = dir.resolve("again.mlsd");
        Files.write(file, bytes);
        Project loaded = store.load(file);
        store.save(file, loaded);
        assertThat(file).hasBinaryContent(bytes);
        assertThat(loaded.history().versions()).as("written back as read, not rebuilt").noneMatch(Version::textsKnown);
    }

    @Test
    void savingAfterADeletionAndANewVersionKeepsEveryVersionsTexts() throws Exception {
        Project saved = withHistory(HistoryJson.FULL_COPY_EVERY + 9);
        Project loaded = codec.decode(codec.encode(saved));
        History changed = loaded.history().deleteVersion(7).deleteVersion(8).deleteVersion(HistoryJson.FULL_COPY_EVERY)
                .record(loaded.withSections(Map.of("problem", "совсем другое"), T0), "новая", 1, T0);
        History back = codec.decode(codec.encode(loaded.withHistory(changed, T0))).history();
        assertThat(back).isEqualTo(changed);
        for (Version version : back.versions()) {
            assertThat(version.sections()).isEqualTo(changed.version(version.number()).orElseThrow().sections());
        }
        assertThat(back.latest().orElseThrow().section("problem")).isEqualTo("совсем другое");
    }

    private static String file(String secondEdit, String thirdEdit) {
        return """
                {"formatVersion": 2, "template": {"id": "t", "source": "{{problem}}"}, "sections": {},
                 "created": "2026-11-30T04:00:00Z",
                 "history": {"nextVersion": 4, "versions": [
                   {"number": 1, "created": "2026-11-30T04:00:00Z", "tokens": {"o200k_base": 1},
                    "template": {"id": "t", "source": "{{problem}}"}, "sections": {"problem": "x\\r\\n"}},
                   {"number": 2, "created": "2026-11-30T04:00:01Z", "tokens": {"o200k_base": 1},
                    "template": {"id": "t", "source": []}, "sections": {"problem": [%s]}},
                   {"number": 3, "created": "2026-11-30T04:00:02Z", "tokens": {"o200k_base": 1},
                    "template": {"id": "t", "source": []}, "sections": {"problem": [%s]}}]}}
                """.formatted(secondEdit, thirdEdit);
    }

    @Test
    void anEditThatDoesNotFitIsRefusedAtOpenAlsoWhereOnlyTheTextTellsHowManyLinesItHas() throws Exception {
        // "x\n" is the lines "x" and "": without the first, the text is "", which has no line to replace.
        String broken = file("{\"at\": 0, \"remove\": 1, \"insert\": []}", "{\"at\": 0, \"remove\": 1, \"insert\": [\"y\"]}");
        assertThatThrownBy(() -> codec.decode(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BROKEN_HISTORY))
                .hasMessageContaining("history.versions[2].sections.problem");

        // Without the second line instead, "x" is left, and the third version replaces it.
        String fine = file("{\"at\": 1, \"remove\": 1, \"insert\": []}", "{\"at\": 0, \"remove\": 1, \"insert\": [\"y\"]}");
        History history = codec.decode(fine.getBytes(StandardCharsets.UTF_8)).history();
        assertThat(history.version(2).orElseThrow().section("problem")).isEqualTo("x");
        assertThat(history.version(3).orElseThrow().section("problem")).isEqualTo("y");
        assertThat(history.version(1).orElseThrow().section("problem")).isEqualTo("x\n");
    }

    @Test
    void anEditPastTheEndOfAFullCopyIsRefusedAtOpenWithoutBuildingTheText() {
        String broken = file("{\"at\": 2, \"remove\": 1, \"insert\": []}", "");
        assertThatThrownBy(() -> codec.decode(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BROKEN_HISTORY))
                .hasMessageContaining("history.versions[1].sections.problem");
    }
}

package dev.mlsd.composer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --spelling}: the spelling findings join lint's output; without the option nothing changes. */
class LintSpellingTest {

    private static final String PROBLEM = "Снижаем отток клиентов. Качество меряем метрекой ROC-AUC, `fitt()` не трогаем.\n";
    private static final String METRICS = "Offline: recal at top-5 must beat the baseline; Метрекой служит PR-AUC.\n";
    private static final String DATA = "Данные о звонках: https://exmple.org/dta, {{data}} и Куляскин.\n";

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private final ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
    private final TemplateLibrary library = new TemplateLibrary(new TemplateParser());

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(out, CliContext.utf8(err), new AppDirs(dir.resolve("config"), dir.resolve("state")),
                library, store, new PromptAssembler(), new AtomicFileWriter(),
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        int exit = new Cli(context).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path project() throws Exception {
        Path file = dir.resolve("typos.mlsd");
        store.save(file, Project.create(library.defaultTemplate(), Map.of("problem", PROBLEM, "metrics", METRICS, "data", DATA), Instant.EPOCH));
        return file;
    }

    private static List<JsonNode> spelling(String json) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        new ObjectMapper().readTree(json).forEach(n -> {
            if (n.get("rule").asText().equals("spelling")) {
                found.add(n);
            }
        });
        return found;
    }

    @Test
    void typosInBothLanguagesAreInfoFindingsWithSuggestionsInTheWordsCase() throws Exception {
        Path file = project();
        Result r = run("lint", file.toString(), "--spelling", "--format", "json", "--lang", "en");
        assertThat(r.err()).isEmpty();
        List<JsonNode> found = spelling(r.out());
        assertThat(found).extracting(n -> n.get("slot").asText() + ":" + n.get("message").asText()).containsExactly(
                "problem:Unknown word “метрекой”.", "metrics:Unknown word “recal”.", "metrics:Unknown word “Метрекой”.",
                "data:Unknown word “Куляскин”.");
        Map<String, String> sections = Map.of("problem", PROBLEM, "metrics", METRICS, "data", DATA);
        for (JsonNode n : found) {
            assertThat(n.get("severity").asText()).isEqualTo("info");
            assertThat(n.get("why").asText()).isNotBlank();
            String text = sections.get(n.get("slot").asText());
            String word = text.substring(n.get("start").asInt(), n.get("end").asInt());
            assertThat(n.get("message").asText()).contains("“" + word + "”");
            assertThat(n.get("suggestions").size()).isLessThanOrEqualTo(5);
            assertThat(n.fieldNames()).toIterable()
                    .containsExactly("rule", "severity", "slot", "message", "why", "start", "end", "suggestions");
        }
        assertThat(found.get(0).get("suggestions")).extracting(JsonNode::asText).contains("метрикой");
        assertThat(found.get(1).get("suggestions")).extracting(JsonNode::asText).contains("recall");
        assertThat(found.get(2).get("suggestions")).extracting(JsonNode::asText).contains("Метрикой");
    }

    @Test
    void withoutTheOptionTheOutputIsWhatLintAlwaysPrinted() throws Exception {
        Path file = project();
        Result json = run("lint", file.toString(), "--format", "json", "--lang", "en");
        assertThat(spelling(json.out())).isEmpty();
        new ObjectMapper().readTree(json.out()).forEach(n -> assertThat(n.fieldNames()).toIterable()
                .containsExactly("rule", "severity", "slot", "message", "why", "start", "end"));
        Result text = run("lint", file.toString(), "--lang", "en");
        Result withSpelling = run("lint", file.toString(), "--lang", "en", "--spelling");
        assertThat(text.out()).doesNotContain("[spelling]");
        assertThat(withSpelling.exit()).isEqualTo(text.exit());
        // The same findings first, then the spelling ones; only the count line at the end differs.
        String findings = text.out().substring(0, text.out().lastIndexOf('\n', text.out().length() - 2) + 1);
        assertThat(withSpelling.out()).startsWith(findings).contains("[spelling]");
    }

    @Test
    void theTextFormatNamesTheWordAndItsSuggestionsInRussianToo() throws Exception {
        Result r = run("lint", project().toString(), "--spelling", "--lang", "ru");
        assertThat(r.out()).contains("info: 2. Метрики: Неизвестное слово «Метрекой». [spelling]\n  почему: ")
                .containsPattern("  варианты: [^\\n]*Метрикой")
                .endsWith("замечаний: " + countInfos(r.out()) + "\n");
        assertThat(countInfos(r.out())).isGreaterThanOrEqualTo(4);
    }

    private static long countInfos(String out) {
        return out.lines().filter(l -> l.startsWith("info: ")).count();
    }

    @Test
    void wordsOfTheUsersDictionaryAreNotReportedAndABrokenOneIsAClearError() throws Exception {
        Path file = project();
        Path words = Files.createDirectories(dir.resolve("config")).resolve("dictionary.txt");
        Files.writeString(words, "Куляскин\n", StandardCharsets.UTF_8);
        assertThat(spelling(run("lint", file.toString(), "--spelling", "--format", "json").out()))
                .extracting(n -> n.get("message").asText()).noneMatch(m -> m.contains("Куляскин")).hasSize(3);
        Files.write(words, new byte[] {(byte) 0xCF, (byte) 0xF0, '\n'});
        Result broken = run("lint", file.toString(), "--spelling");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).startsWith("error: " + words + ": ").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void theShippedExampleProjectsAreCorrectlyWritten() throws Exception {
        try (var examples = Files.list(Path.of("assets"))) {
            List<Path> projects = examples.filter(p -> p.toString().endsWith(".mlsd")).sorted().toList();
            assertThat(projects).isNotEmpty();
            for (Path example : projects) {
                List<JsonNode> found = spelling(run("lint", example.toString(), "--spelling", "--format", "json").out());
                assertThat(found).as(example + ": " + found).hasSizeLessThanOrEqualTo(3);
            }
        }
    }
}

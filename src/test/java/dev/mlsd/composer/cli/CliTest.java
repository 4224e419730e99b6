package dev.mlsd.composer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private final ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
    private TemplateLibrary library = new TemplateLibrary(new TemplateParser());

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(out, CliContext.utf8(err), new AppDirs(dir.resolve("config"), dir.resolve("state")),
                library, store, new PromptAssembler(), new AtomicFileWriter(),
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        int exit = new Cli(context).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String expectedRender(String templateId, Map<String, String> sections) {
        return new PromptAssembler().assemble(library.find(templateId).orElseThrow(), sections).text();
    }

    @Test
    void versionPrintsTheBuildVersion() {
        Result r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("mlsd-composer \\d+\\.\\d+\\.\\d+.*\\n");
    }

    @Test
    void aMistypedCommandIsAnUnknownCommandWithTheNearestOne() {
        Result r = run("rendr", "x.mlsd");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown command 'rendr' (did you mean 'render'?)\n");
        assertThat(run("nosuch").err()).isEqualTo("error: unknown command 'nosuch' (see --help)\n");
        assertThat(run("render", "--nosuch").err()).as("options keep picocli's wording").startsWith("error: Unknown option: '--nosuch'");
    }

    @Test
    void templatesListsIdLanguageTitle() {
        Result r = run("templates");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(
                "architecture-and-models.ru\tru\tАрхитектура и модели (ML System Design, раздел 4)\n"
                        + "architecture-and-models.en\ten\tArchitecture and Models (ML System Design, section 4)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void userTemplatesAreListedWithTheirPathAndBrokenOnesWarnedAbout() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("config/templates"));
        Files.writeString(folder.resolve("team.md"), "---\nid: team\ntitle: Team doc\nlanguage: en\nslots:\n  - id: goals\n    title: Goals\n---\nGoals: {{goals}} {{oops}}\n");
        Files.writeString(folder.resolve("broken.md"), "no front matter");
        library = new TemplateLibrary(new TemplateParser(), folder);
        Result r = run("templates");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith("team\ten\tTeam doc\t" + folder.resolve("team.md") + "\n").startsWith("architecture-and-models.ru\t");
        assertThat(r.err()).isEqualTo("warning: " + folder.resolve("broken.md") + ": line 1: the file must start with a front matter line '---'\n");

        Path goals = file("goals.md", "ship it");
        Result rendered = run("render", "--template", "team", "--section", "goals=" + goals);
        assertThat(rendered.exit()).isZero();
        assertThat(rendered.out()).isEqualTo("Goals: ship it {{oops}}\n");
        assertThat(rendered.err()).contains("warning: template team: line 9: unknown placeholder {{oops}} is kept as text");
        assertError(run("render", "--template", "team", "--section", "problem=" + goals),
                "error: --section problem=" + goals + ": template 'team' has no slot 'problem' (its slots: goals)");
    }

    @Test
    void lintExitsOneOnAnErrorAndSpeaksTheLanguageAsked() throws Exception {
        Path file = dir.resolve("p.mlsd");
        store.save(file, Project.create(library.defaultTemplate(), Map.of("problem", "TODO"), Instant.EPOCH));
        Result ru = run("lint", file.toString(), "--lang", "ru");
        assertThat(ru.exit()).isEqualTo(1);
        assertThat(ru.out()).contains("error: 2. Метрики: Раздел пуст. [empty-section]\n  почему: ")
                .contains("warning: 1. Постановка Задачи: Остаток шаблона: «TODO». [leftover-placeholder]")
                .endsWith("ошибок: 2, предупреждений: 4, замечаний: 0\n");
        Result json = run("lint", file.toString(), "--lang", "en", "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        com.fasterxml.jackson.databind.JsonNode todo = java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.get("rule").asText().equals("leftover-placeholder")).findFirst().orElseThrow();
        assertThat(todo.get("severity").asText()).isEqualTo("warning");
        assertThat(todo.get("slot").asText()).isEqualTo("problem");
        assertThat(todo.get("message").asText()).isEqualTo("Leftover template text: “TODO”.");
        assertThat(todo.get("why").asText()).isNotBlank();
        assertThat(todo.get("start").asInt()).isZero();
        assertThat(todo.get("end").asInt()).isEqualTo(4);
        assertThat(array.get(0).fieldNames()).toIterable().containsExactly("rule", "severity", "slot", "message", "why", "start", "end");
    }

    @Test
    void lintOfACompleteProjectExitsZero() throws Exception {
        Path example = Path.of("assets", "example-churn.ru.mlsd");
        Result r = run("lint", example.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("0 error(s), 0 warning(s), 0 note(s)\n");
        assertError(run("lint", dir.resolve("none.mlsd").toString()), "error: " + dir.resolve("none.mlsd") + ": no such file");
    }

    @Test
    void statsCountsThePromptAsRenderPrintsIt() throws Exception {
        Path file = dir.resolve("s.mlsd");
        store.save(file, Project.create(library.defaultTemplate(), Map.of("problem", "Снизить отток 😀", "data", "PR-AUC"), Instant.EPOCH));
        Result json = run("stats", file.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        String prompt = run("render", file.toString()).out();
        dev.mlsd.composer.core.tokens.TokenCounter counter = new dev.mlsd.composer.core.tokens.TokenCounter();
        assertThat(root.get("chars").asLong()).isEqualTo(prompt.codePointCount(0, prompt.length()));
        assertThat(root.get("words").asLong()).isEqualTo(dev.mlsd.composer.core.text.TextCounts.of(prompt).words());
        assertThat(root.get("tokens").get("o200k_base").asInt()).isEqualTo(counter.count(dev.mlsd.composer.core.tokens.TokenEncoding.O200K_BASE, prompt));
        assertThat(root.get("tokens").get("cl100k_base").asInt()).isEqualTo(counter.count(dev.mlsd.composer.core.tokens.TokenEncoding.CL100K_BASE, prompt));
        assertThat(root.get("sections").get("problem").get("chars").asInt()).isEqualTo(15);
        assertThat(root.get("sections").get("problem").get("words").asInt()).isEqualTo(2);
        assertThat(root.get("sections").fieldNames()).toIterable().containsExactly("problem", "metrics", "data");
        assertThat(root.fieldNames()).toIterable().containsExactly("chars", "words", "tokens", "sections");
        assertThat(run("stats", file.toString()).out()).startsWith("prompt: " + root.get("chars").asLong() + " chars, ");
    }

    @Test
    void importMapsTheSectionsAndSaysWhichHeadingWentWhere() throws Exception {
        Path doc = Path.of("src/test/resources/corpus/08_ru_downtime_cost_marketplace.md");
        Path out = dir.resolve("imported.mlsd");
        Result r = run("import", doc.toString(), "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("problem <- \"Постановка задачи\" (line 64)")
                .contains("metrics <- \"Метрики и функции потерь\" (line 150)")
                .contains("data <- \"Данные\" (line 167)");
        Project project = store.load(out);
        assertThat(project.section("data")).isEqualTo(dev.mlsd.composer.core.importer.DocumentImport.trimBlankLines(
                Files.readString(Path.of("src/test/resources/corpus/sections/08_ru_downtime_cost_marketplace/data.md"))));
    }

    @Test
    void importOfADocumentWithoutSomeSectionsStillSucceeds() throws Exception {
        Path doc = file("partial.md", "## Problem statement\nPredict churn every night.\n");
        Path out = dir.resolve("partial.mlsd");
        Result r = run("import", doc.toString(), "-o", out.toString(), "--template", "architecture-and-models.en");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("warning: no heading found for slot 'metrics' (2. Metrics); it is left empty")
                .contains("warning: no heading found for slot 'data' (3. Data); it is left empty");
        assertThat(store.load(out).section("problem")).isEqualTo("Predict churn every night.");
    }

    @Test
    void importReadsWindows1251AndRepairsMojibakeWithANote() throws Exception {
        String text = "## Постановка задачи\nСнизить отток абонентов на десять процентов.\n\n## Метрики\nPR-AUC\n\n## Данные\nБиллинг за три года.\n";
        Path cp1251 = Files.write(dir.resolve("cp1251.md"), text.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Result r = run("import", cp1251.toString(), "-o", dir.resolve("a.mlsd").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("note: " + cp1251 + ": not UTF-8; read as windows-1251");
        assertThat(store.load(dir.resolve("a.mlsd")).section("problem")).isEqualTo("Снизить отток абонентов на десять процентов.");

        String mojibake = new String(text.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("x-MacRoman"));
        Path broken = Files.writeString(dir.resolve("mojibake.md"), mojibake, StandardCharsets.UTF_8);
        Result repaired = run("import", broken.toString(), "-o", dir.resolve("b.mlsd").toString());
        assertThat(repaired.exit()).isZero();
        assertThat(repaired.err()).contains("note: " + broken + ": repaired mojibake (UTF-8 text that had been read as MacRoman and saved again)");
        assertThat(store.load(dir.resolve("b.mlsd")).section("data")).isEqualTo("Биллинг за три года.");
    }

    @Test
    void importErrors() throws Exception {
        assertError(run("import", dir.resolve("none.md").toString(), "-o", dir.resolve("x.mlsd").toString()),
                "error: " + dir.resolve("none.md") + ": no such file");
        Path doc = file("d.md", "## Data\nx\n");
        assertError(run("import", doc.toString(), "-o", dir.resolve("x.mlsd").toString(), "--template", "nope"),
                "error: unknown template 'nope' (known: architecture-and-models.ru, architecture-and-models.en)");
        assertThat(dir.resolve("x.mlsd")).doesNotExist();
    }

    @Test
    void renderFromSectionsPrintsExactlyThePromptAndWarnsAboutMissingSlots() throws IOException {
        Path p = file("p.md", "Снизить отток\r\nна 5%");
        Path d = file("d.md", "\uFEFFБиллинг за 2 года");
        Result r = run("render", "--section", "problem=" + p, "--section", "data=" + d);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(expectedRender("architecture-and-models.ru",
                Map.of("problem", "Снизить отток\nна 5%", "data", "Биллинг за 2 года")));
        assertThat(r.err()).isEqualTo("warning: no --section for slot 'metrics' (2. Метрики); it is left empty\n");
    }

    @Test
    void renderWithTheEnglishTemplate() throws IOException {
        Path m = file("m.md", "ROC-AUC");
        Result r = run("render", "--template", "architecture-and-models.en", "--section", "metrics=" + m);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("# Prompt for generating").contains("<section title=\"2. Metrics\">\nROC-AUC\n</section>");
        assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("warning: "));
    }

    @Test
    void newThenRenderGivesTheSameText() throws IOException {
        Path p = file("p.md", "{{metrics}} stays literal");
        Path out = dir.resolve("x.mlsd");
        Result created = run("new", "--section", "problem=" + p, "-o", out.toString());
        assertThat(created.exit()).isZero();
        assertThat(created.out()).isEmpty();
        Result rendered = run("render", out.toString());
        assertThat(rendered.exit()).isZero();
        assertThat(rendered.err()).isEmpty();
        assertThat(rendered.out()).isEqualTo(expectedRender("architecture-and-models.ru", Map.of("problem", "{{metrics}} stays literal")));
    }

    @Test
    void newWritesAProjectWithTheTemplateCopyAndTimes() throws Exception {
        Path out = dir.resolve("x.mlsd");
        assertThat(run("new", "--template", "architecture-and-models.en", "-o", out.toString()).exit()).isZero();
        Project project = store.load(out);
        assertThat(project.templateId()).isEqualTo("architecture-and-models.en");
        assertThat(project.templateSource()).isEqualTo(library.find("architecture-and-models.en").orElseThrow().source());
        assertThat(project.sections().keySet()).containsExactly("problem", "metrics", "data");
        assertThat(project.created()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }

    @Test
    void outputReplacesAnExistingFileAndKeepsABackup() throws IOException {
        Path out = file("prompt.md", "old prompt");
        Result r = run("render", "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("# Промпт");
        assertThat(Files.readString(dir.resolve("prompt.md.bak"))).isEqualTo("old prompt");
    }

    @Test
    void renderUsesTheProjectsOwnTemplateCopy() throws Exception {
        String custom = "---\nid: architecture-and-models.ru\ntitle: Old copy\nslots:\n  - id: problem\n    title: P\n---\nOLD {{problem}}";
        Project project = new Project("architecture-and-models.ru", custom, Map.of("problem", "x"),
                Instant.EPOCH, Instant.EPOCH, dev.mlsd.composer.core.model.UnknownFields.none());
        Path file = dir.resolve("old.mlsd");
        store.save(file, project);
        assertThat(run("render", file.toString()).out()).isEqualTo("OLD x");
    }

    @Test
    void missingProjectFile() {
        assertError(run("render", dir.resolve("none.mlsd").toString()), "error: " + dir.resolve("none.mlsd") + ": no such file");
    }

    @Test
    void invalidProjectFile() throws IOException {
        Path bad = file("bad.mlsd", "{ not json");
        Result r = run("render", bad.toString());
        assertError(r, "error: " + bad + ": is not a project file: not valid JSON (line 1, column 3)");
    }

    @Test
    void projectFileThatIsAFolder() {
        assertError(run("render", dir.toString()), "error: " + dir + ": is a folder, not a file");
    }

    @Test
    void unknownTemplate() {
        assertError(run("render", "--template", "nope"), "error: unknown template 'nope' (known: architecture-and-models.ru, architecture-and-models.en)");
    }

    @Test
    void unknownSlot() throws IOException {
        Path p = file("p.md", "x");
        assertError(run("new", "--section", "problm=" + p, "-o", dir.resolve("x.mlsd").toString()),
                "error: --section problm=" + p + ": template 'architecture-and-models.ru' has no slot 'problm' (its slots: problem, metrics, data)");
        assertThat(dir.resolve("x.mlsd")).doesNotExist();
    }

    @Test
    void malformedSectionOption() {
        assertError(run("render", "--section", "problem"), "error: --section wants SLOT=FILE, got 'problem'");
    }

    @Test
    void sectionFileMissingOrNotUtf8() throws IOException {
        Path missing = dir.resolve("missing.md");
        assertError(run("render", "--section", "problem=" + missing), "error: " + missing + ": no such file");
        Path latin = Files.write(dir.resolve("cp1251.md"), new byte[] {(byte) 0xcf, (byte) 0xf0, (byte) 0xe8});
        assertError(run("render", "--section", "data=" + latin), "error: " + latin + ": is not UTF-8 text");
    }

    @Test
    void duplicateSection() throws IOException {
        Path p = file("p.md", "x");
        assertError(run("render", "--section", "problem=" + p, "--section", "problem=" + p), "error: --section problem is given twice");
    }

    @Test
    void newNeedsAnOutput() {
        Result r = run("new");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Missing required option: '--output=FILE.mlsd'");
    }

    @Test
    void projectAndSectionsTogetherAreRefused() throws IOException {
        Path p = file("p.md", "x");
        assertError(run("render", p.toString(), "--section", "problem=" + p), "error: render takes either a project FILE or --template/--section, not both");
    }

    @Test
    void outputIntoAMissingFolder() {
        Path out = dir.resolve("no").resolve("x.md");
        assertError(run("render", "-o", out.toString()), "error: " + out + ": cannot be written: its folder does not exist");
    }

    @Test
    void unknownOption() {
        Result r = run("render", "--bogus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unknown option: '--bogus'").hasLineCount(1);
    }

    private static void assertError(Result r, String line) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("error:"))).containsExactly(line);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of versions and answers on real files: edit, version, versions, render --version, diff, answer, export --doc. */
class CliHistoryTest {

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
                Clock.fixed(Instant.parse("2026-11-30T04:30:00Z"), ZoneOffset.UTC));
        int exit = new Cli(context).run(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path project() throws Exception {
        Path file = dir.resolve("churn.mlsd");
        store.save(file, Project.create(library.defaultTemplate(), Map.of("problem", "Снизить отток абонентов.\nПредсказания раз в день.",
                "metrics", "PR-AUC", "data", "DWH за год"), Instant.parse("2026-11-30T04:00:00Z")));
        return file;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = CliHistoryTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileWhoseHistoryIsBrokenGivesEveryCommandTheSameErrorAsBeforeAndIsLeftAlone() throws Exception {
        Path file = project();
        assertThat(run("version", file.toString()).exit()).isZero();
        String text = Files.readString(file);
        int tail = text.indexOf("\n  \"history\": ");
        assertThat(tail).isPositive();
        byte[] broken = (text.substring(0, tail) + text.substring(tail).replaceFirst("\"versions\": \\[", "\"versions\": [,"))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, broken);
        // Opened a while after it was written, the file is read up to its history, and the rest on first use.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String expected;
        try {
            store.decode(broken);
            throw new AssertionError("the broken file was read");
        } catch (dev.mlsd.composer.core.io.BadInputException e) {
            expected = "error: " + file + ": " + e.getMessage() + "\n";
        }

        for (List<String> command : List.of(List.of("render", file.toString()), List.of("versions", file.toString()),
                List.of("version", file.toString()), List.of("edit", file.toString(), "--section", "data=" + file("d.md", "x")))) {
            Result r = run(command.toArray(String[]::new));
            assertThat(r.exit()).as("%s", command).isEqualTo(2);
            assertThat(r.err()).as("%s", command).isEqualTo(expected);
        }
        assertThat(file).hasBinaryContent(broken);
    }

    @Test
    void versionRecordsOnceAndRenderGivesItsPromptBackExactly() throws Exception {
        Path file = project();
        String promptThen = run("render", file.toString()).out();
        Result first = run("version", file.toString(), "--label", "sent to GPT-5");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("1\n");

        Result again = run("version", file.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("note: unchanged since version 1; nothing recorded\n");

        Result edit = run("edit", file.toString(), "--section", "metrics=" + file("m.md", "PR-AUC и Recall@10%"));
        assertThat(edit.exit()).isZero();
        assertThat(store.load(file).history().versions()).as("edit records no version").hasSize(1);
        assertThat(store.load(file).section("metrics")).isEqualTo("PR-AUC и Recall@10%");
        assertThat(run("version", file.toString()).out()).isEqualTo("2\n");

        Result rendered = run("render", file.toString(), "--version", "1");
        assertThat(rendered.exit()).isZero();
        assertThat(rendered.out()).isEqualTo(promptThen);
        assertThat(run("render", file.toString(), "--version", "2").out()).isEqualTo(run("render", file.toString()).out());

        Result missing = run("render", file.toString(), "--version", "7");
        assertThat(missing.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("error: " + file + ": has no version 7 (its versions: 1, 2)\n");
    }

    @Test
    void diffShowsSectionsOrPromptsAndExitsZeroEitherWay() throws Exception {
        Path file = project();
        run("version", file.toString());
        run("edit", file.toString(), "--section", "problem=" + file("p.md", "Снизить отток абонентов.\nПредсказания раз в неделю."));
        run("version", file.toString());

        Result sections = run("diff", file.toString(), "1", "2");
        assertThat(sections.exit()).isZero();
        assertThat(sections.out()).isEqualTo("--- v1/problem\n+++ v2/problem\n@@ -1,2 +1,2 @@\n Снизить отток абонентов.\n"
                + "-Предсказания раз в день.\n+Предсказания раз в неделю.\n");
        Result prompts = run("diff", file.toString(), "1", "current", "--prompt");
        assertThat(prompts.exit()).isZero();
        assertThat(prompts.out()).startsWith("--- v1/prompt\n+++ current/prompt\n").contains("-Предсказания раз в день.\n+Предсказания раз в неделю.\n");
        Result same = run("diff", file.toString(), "2", "current");
        assertThat(same.exit()).isZero();
        assertThat(same.out()).isEmpty();
        assertThat(run("diff", file.toString(), "1", "x").exit()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void answersAreAddedCheckedListedAndAccepted() throws Exception {
        Path file = project();
        Result added = run("answer", file.toString(), "--add", file("a1.md", fixture("churn-incomplete.ru.md")).toString(), "--model", "GPT-5");
        assertThat(added.exit()).isZero();
        assertThat(added.err()).contains("had no version; version 1 was recorded for the answer");
        String first = added.out().strip();
        String second = run("answer", file.toString(), "--add", file("a2.md", fixture("churn-complete.ru.md")).toString(),
                "--version", "1", "--accept").out().strip();
        assertThat(second).isNotEqualTo(first).matches("[a-z0-9-]+");

        JsonNode json = new ObjectMapper().readTree(run("versions", file.toString(), "--format", "json").out());
        JsonNode v1 = json.get("versions").get(0);
        assertThat(json.get("versions")).hasSize(1);
        assertThat(iterable(v1.fieldNames())).containsExactly("number", "label", "created", "tokens", "prompt_sha256", "answers");
        assertThat(v1.get("label").isNull()).isTrue();
        assertThat(v1.get("tokens").get("o200k_base").asInt()).isPositive();
        assertThat(v1.get("prompt_sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(run("render", file.toString(), "--version", "1").out().getBytes(StandardCharsets.UTF_8))));
        JsonNode a1 = v1.get("answers").get(0);
        assertThat(iterable(a1.fieldNames())).containsExactly("id", "model", "created", "accepted", "chars", "covers", "lacks");
        assertThat(a1.get("id").asText()).isEqualTo(first);
        assertThat(a1.get("model").asText()).isEqualTo("GPT-5");
        assertThat(a1.get("accepted").asBoolean()).isFalse();
        assertThat(a1.get("lacks").toString()).contains("\"loss-function\"", "\"validation\"");
        JsonNode a2 = v1.get("answers").get(1);
        assertThat(a2.get("accepted").asBoolean()).isTrue();
        assertThat(a2.get("model").isNull()).isTrue();
        assertThat(a2.get("lacks")).isEmpty();
        assertThat(a2.get("covers")).hasSize(10);

        Result text = run("versions", file.toString());
        assertThat(text.out()).startsWith("1\t2026-11-30T04:30:00Z\t").contains("\t2 answers\t-\tfirst version\n")
                .contains("  answer " + first + "\t2026-11-30T04:30:00Z\tGPT-5\t-\t3/10 parts; lacks: inference-pipeline")
                .contains("  answer " + second + "\t2026-11-30T04:30:00Z\t-\taccepted\t10/10 parts\n");
    }

    @Test
    void hugeBinaryAndMisdirectedAnswersAreRefusedAndTheFileIsUnchanged() throws Exception {
        Path file = project();
        byte[] before = Files.readAllBytes(file);
        Path huge = Files.write(dir.resolve("huge.md"), new byte[6 * 1024 * 1024]);
        Result tooLarge = run("answer", file.toString(), "--add", huge.toString());
        assertThat(tooLarge.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(tooLarge.err()).isEqualTo("error: " + huge + ": is too large (6.0 MB; the limit is 5.0 MB)\n");
        Path binary = Files.write(dir.resolve("clip.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
        Result notText = run("answer", file.toString(), "--add", binary.toString());
        assertThat(notText.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(notText.err()).isEqualTo("error: " + binary + ": is not text, so it cannot be an answer\n");
        Result noVersion = run("answer", file.toString(), "--add", file("a.md", "x").toString(), "--version", "3");
        assertThat(noVersion.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noVersion.err()).contains("has no version 3 (it has no versions yet)");
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void theDesignDocumentExportsAsMarkdownThatImportsBackAndAsSafeHtml() throws Exception {
        Path file = project();
        String answer = fixture("churn-complete.ru.md") + "\n# Вывод\n\n<script>alert(1)</script>\n\nSee [click](javascript:alert(2)).\n";
        String id = run("answer", file.toString(), "--add", file("a.md", answer).toString(), "--accept").out().strip();
        Path md = dir.resolve("design.md");
        Result exported = run("export", file.toString(), "--doc", "-o", md.toString());
        assertThat(exported.exit()).isZero();
        assertThat(exported.err()).isEmpty();
        String doc = Files.readString(md);
        assertThat(doc).startsWith("# 1. Постановка Задачи\n\nСнизить отток абонентов.\n").contains("\n# 3. Данные\n\nDWH за год\n\n# 4. Архитектура и Модели\n\n## 4. Архитектура и Модели\n")
                .contains("\n## Вывод\n");

        Result imported = run("import", md.toString(), "-o", dir.resolve("back.mlsd").toString());
        assertThat(imported.exit()).isZero();
        Project back = store.load(dir.resolve("back.mlsd"));
        Project original = store.load(file);
        assertThat(back.sections()).isEqualTo(original.sections());

        Path html = dir.resolve("design.html");
        assertThat(run("export", file.toString(), "--doc", "--answer", id, "-o", html.toString()).exit()).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").contains("<h1>4. Архитектура и Модели</h1>")
                .contains("&lt;script&gt;").contains(">click</a>").doesNotContain("<script").doesNotContain("javascript:")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link");

        run("edit", file.toString(), "--section", "data=" + file("d.md", "Новые данные"));
        Result outdated = run("export", file.toString(), "--doc", "-o", md.toString());
        assertThat(outdated.exit()).isZero();
        assertThat(outdated.err()).isEqualTo("warning: answer " + id + " was made from version 1, whose sections differ from the project's today\n");

        Path plain = dir.resolve("plain.mlsd");
        store.save(plain, Project.create(library.defaultTemplate(), Map.of(), Instant.EPOCH));
        Result none = run("export", plain.toString(), "--doc", "-o", md.toString());
        assertThat(none.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(none.err()).contains("has no accepted answer");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}

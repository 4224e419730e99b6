package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Reading a file up to its history and the rest on first use gives what reading it whole gives, whatever
 * is damaged in it: the same project and stamp, or the same problem. The damage falls mostly in the history.
 */
class HistoryTailProperties {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
    private static final ProjectCodec CODEC = new ProjectCodec();
    private static final ProjectStore STORE = new ProjectStore(CODEC, new AtomicFileWriter());
    private static final byte[] VALID = CODEC.encode(withHistory());
    private static final int TAIL = new String(VALID, StandardCharsets.UTF_8).indexOf("\n  \"history\": ");
    private static final Path DIR = folder();

    private static Project withHistory() {
        Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
        Map<String, String> sections = new LinkedHashMap<>(Map.of("problem", "Снизить отток\n", "metrics", "PR-AUC\n", "data", "DWH"));
        Project project = Project.create(template, sections, T0);
        History history = History.empty();
        for (int i = 1; i <= 6; i++) {
            sections.put("problem", sections.get("problem") + "строка " + i + "\n");
            project = project.withSections(sections, T0.plusSeconds(i));
            history = history.record(project, i % 2 == 0 ? "метка" : null, i, T0.plusSeconds(i))
                    .addAnswer(new Answer("a" + i, i, T0.plusSeconds(i), "m", "Ответ " + i));
        }
        return project.withHistory(history, project.modified());
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("mlsd-history-tail");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(DIR);
    }

    record Change(int position, byte value, boolean cut) {
    }

    @Provide
    Arbitrary<List<Change>> damage() {
        Arbitrary<Integer> inTail = Arbitraries.integers().between(TAIL, VALID.length - 1);
        Arbitrary<Integer> anywhere = Arbitraries.integers().between(0, VALID.length - 1);
        Arbitrary<Integer> position = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, inTail), net.jqwik.api.Tuple.of(1, anywhere));
        Arbitrary<Byte> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("\"\\{}[],: \n0123456789".chars().mapToObj(c -> (byte) c).toList())),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()));
        Arbitrary<Boolean> cut = Arbitraries.integers().between(0, 9).map(n -> n == 0);
        return Combinators.combine(position, value, cut).as(Change::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void readingUpToTheHistoryAndTheRestLaterGivesWhatReadingItWholeGives(@ForAll("damage") List<Change> damage) throws Exception {
        byte[] bytes = VALID.clone();
        for (Change change : damage) {
            if (change.cut()) {
                bytes = Arrays.copyOf(bytes, Math.min(bytes.length, change.position()));
            } else if (change.position() < bytes.length) {
                bytes[change.position()] = change.value();
            }
        }
        Path file = DIR.resolve("p.mlsd");
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        String whole;
        Project wholeProject = null;
        try {
            wholeProject = CODEC.decode(bytes);
            whole = "read";
        } catch (BadInputException e) {
            whole = e.getMessage();
        }
        String lazily;
        ProjectStore.Stored stored = null;
        try {
            stored = STORE.read(file).complete();
            lazily = "read";
        } catch (BadInputException e) {
            lazily = e.getMessage();
        }

        assertThat(lazily).as("%s", damage).isEqualTo(whole);
        if (stored != null) {
            assertThat(stored.project()).isEqualTo(wholeProject);
            assertThat(stored.stamp()).isEqualTo(FileStamp.of(file, bytes));
        }
    }
}

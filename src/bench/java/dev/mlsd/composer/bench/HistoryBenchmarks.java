package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a project with 200 versions (each changing one line of a 100 KB draft) and 200 answers
 * against opening the same project without history, in the same run: issue 15 asks for at most 2x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HistoryBenchmarks {

    private ProjectStore store;
    private Path folder;
    private Path plain;
    private Path withHistory;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Map<String, String> sections = new LinkedHashMap<>(BenchData.sections(102_400));
        Instant now = Instant.parse("2026-11-30T04:00:00Z");
        Project project = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(), sections, now);
        History history = History.empty();
        List<String> slots = List.copyOf(sections.keySet());
        for (int i = 1; i <= 200; i++) {
            String slot = slots.get(i % slots.size());
            String[] lines = sections.get(slot).split("\n", -1);
            int at = (i * 7919) % Math.max(1, lines.length - 1);
            lines[at] = lines[at] + " edit " + i;
            sections.put(slot, String.join("\n", lines));
            project = project.withSections(sections, now.plusSeconds(i));
            history = history.record(project, null, 1000 + i, now.plusSeconds(i))
                    .addAnswer(new Answer("a" + i, i, now.plusSeconds(i), "GPT-5", ("Training Pipeline и Inference Pipeline, ответ " + i + ".\n").repeat(60)));
        }
        store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
        folder = Files.createTempDirectory("mlsd-bench-history");
        plain = folder.resolve("plain.mlsd");
        withHistory = folder.resolve("history.mlsd");
        store.save(plain, project.withHistory(History.empty(), project.modified()));
        store.save(withHistory, project.withHistory(history, project.modified()));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public Object openWithoutHistory() throws Exception {
        return store.read(plain);
    }

    @Benchmark
    public Object openWith200VersionsAnd200Answers() throws Exception {
        return store.read(withHistory);
    }
}

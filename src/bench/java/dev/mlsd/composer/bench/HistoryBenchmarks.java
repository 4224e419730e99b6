package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
        Project project = HistoryFixture.withHistory();
        store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
        folder = Files.createTempDirectory("mlsd-bench-history");
        plain = folder.resolve("plain.mlsd");
        withHistory = folder.resolve("history.mlsd");
        store.save(plain, project.withHistory(History.empty(), project.modified()));
        store.save(withHistory, project);
        // A file saved a moment ago is read whole (its stamp is racy, see FileStamp); one opened later is not.
        FileTime earlier = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(plain, earlier);
        Files.setLastModifiedTime(withHistory, earlier);
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

    /** The open and the first use of the history, as the window's open task does both (off the FX thread). */
    @Benchmark
    public Object openWith200VersionsAnd200AnswersAndReadTheHistory() throws Exception {
        return store.read(withHistory).complete();
    }
}

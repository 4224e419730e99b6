package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.spelling.IgnoreList;
import dev.mlsd.composer.core.spelling.Misspelling;
import dev.mlsd.composer.core.spelling.SpellChecker;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.spelling.UserDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The spell-checker: checking 100 KB and 1 MB of the corpus' real prose (Russian and English, full
 * of jargon, so many distinct words), one suggestion, and reading both dictionaries as the app
 * does (two threads). The heap the loaded dictionaries keep is printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SpellingBenchmarks {

    private static final List<String> DOCUMENTS = List.of("01_ru_reliableml_template", "02_en_eugeneyan_template",
            "04_ru_ru_mansi_translation", "08_ru_downtime_cost_marketplace", "10_en_downtime_cost_marketplace", "14_en_imageauthai");

    @Param({"102400", "1048576"})
    public int bytes;

    private Path folder;
    private SpellChecker checker;
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("mlsd-bench-spelling");
        long before = usedHeap();
        checker = load();
        long loaded = usedHeap();
        checker.suggestions("Метрекой");
        checker.suggestions("recal");
        long withSuggestions = usedHeap();
        System.out.printf(Locale.ROOT, "%nspelling heap: dictionaries %.1f MB, with both suggestion caches %.1f MB%n",
                (loaded - before) / 1048576.0, (withSuggestions - before) / 1048576.0);
        text = corpusText(bytes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(folder.resolve(UserDictionary.FILE_NAME));
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public List<Misspelling> check() {
        return checker.check(text);
    }

    @Benchmark
    public List<String> suggest() {
        return checker.suggestions("Метрекой");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public SpellChecker loadDictionaries() throws Exception {
        return load();
    }

    private SpellChecker load() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            UserDictionary user = new UserDictionary(folder.resolve(UserDictionary.FILE_NAME), new AtomicFileWriter());
            return new SpellingDictionaries(pool, user, new IgnoreList()).checker().get();
        } finally {
            pool.shutdown();
        }
    }

    /** The corpus' documents one after another, repeated up to about {@code bytes} of UTF-8. */
    static String corpusText(int bytes) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String document : DOCUMENTS) {
            try (InputStream in = SpellingBenchmarks.class.getResourceAsStream("/corpus/" + document + ".md")) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        StringBuilder out = new StringBuilder();
        int size = 0;
        int perCopy = all.toString().getBytes(StandardCharsets.UTF_8).length;
        while (size + perCopy <= bytes) {
            out.append(all);
            size += perCopy;
        }
        String rest = all.toString();
        int cut = 0;
        while (cut < rest.length() && size + rest.substring(0, cut).getBytes(StandardCharsets.UTF_8).length < bytes) {
            cut = Math.min(rest.length(), cut + 512);
        }
        out.append(rest, 0, cut);
        return out.toString();
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

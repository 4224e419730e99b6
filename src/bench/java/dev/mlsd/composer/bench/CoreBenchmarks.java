package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.AssembledPrompt;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The core's work at 10 KB, 100 KB and 1 MB of section text: assemble, lint, count tokens, save, load. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CoreBenchmarks {

    @Param({"10240", "102400", "1048576"})
    public int bytes;

    private Template template;
    private Map<String, String> sections;
    private String prompt;
    private Project project;
    private ProjectStore store;
    private Path folder;
    private Path saved;
    private final PromptAssembler assembler = new PromptAssembler();
    private final Linter linter = new Linter(Lexicon.builtIn());
    private final TokenCounter tokens = new TokenCounter();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
        sections = BenchData.sections(bytes);
        prompt = assembler.assemble(template, sections).text();
        project = Project.create(template, sections, Instant.now());
        store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
        folder = Files.createTempDirectory("mlsd-bench");
        saved = folder.resolve("loaded.mlsd");
        store.save(saved, project);
        tokens.count(TokenEncoding.O200K_BASE, "warm");
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
    public AssembledPrompt assemble() {
        return assembler.assemble(template, sections);
    }

    @Benchmark
    public List<Finding> lint() {
        return linter.lint(template, sections, Locale.ENGLISH);
    }

    @Benchmark
    public int countTokens() {
        return tokens.count(TokenEncoding.O200K_BASE, prompt);
    }

    @Benchmark
    public Object save() throws Exception {
        return store.save(folder.resolve("saved.mlsd"), project);
    }

    @Benchmark
    public Object load() throws Exception {
        return store.read(saved);
    }
}

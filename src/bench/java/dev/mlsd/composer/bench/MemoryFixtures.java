package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Writes the 1 MB fixtures of the memory figure: {@code 1mb.mlsd} for the app and the same text as {@code 1mb.txt} for the floor. */
public final class MemoryFixtures {

    private MemoryFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Map<String, String> sections = BenchData.sections(1024 * 1024);
        new ProjectStore(new ProjectCodec(), new AtomicFileWriter()).save(folder.resolve("1mb.mlsd"),
                Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(), sections, Instant.now()));
        Files.writeString(folder.resolve("1mb.txt"), String.join("\n", sections.values()), StandardCharsets.UTF_8);
    }
}

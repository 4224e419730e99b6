package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain {@code java -jar} on a real display (Xvfb; skipped where there is none): the first start
 * writes the class-data archive, the next one maps it. {@code -Xshare:on} in the environment reaches
 * the second JVM, which then fails instead of silently starting without its archive.
 */
@DisabledOnOs(OS.WINDOWS)
class FastStartIT {

    @TempDir
    Path dir;

    @Test
    void javaJarStartsTheWindowInASecondJvmThatMapsTheJarsArchive() throws Exception {
        assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "xvfb-run"))), "xvfb-run is not installed");
        Path jar = Files.copy(Path.of("target", "mlsd-composer.jar"), dir.resolve("app.jar"));

        assertThat(run(jar, false)).as("first start: writes the archive at exit").matches("first-frame-ms \\d+\\n");
        try (Stream<Path> files = Files.list(dir.resolve("state").resolve("class-data"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement().asString().startsWith("app-").endsWith(".jsa");
        }
        assertThat(run(jar, true)).as("second start: maps it (-Xshare:on)").matches("first-frame-ms \\d+\\n");
    }

    private String run(Path jar, boolean archiveMustMap) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("xvfb-run", "-a",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmlsd.configDir=" + dir.resolve("config"), "-Dmlsd.stateDir=" + dir.resolve("state"),
                "-jar", jar.toString(), "--measure-startup"))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        if (archiveMustMap) {
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }
}

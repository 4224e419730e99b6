package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/mlsd-composer} with the packaged jar: the first run writes the class-data
 * archive, later runs start from it. {@code -Xshare:on} makes the JVM fail instead of silently
 * starting without an archive it refuses, which it does when the jar was rebuilt (same bytes,
 * new modification time).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarGetsAFreshArchiveThatTheJvmAccepts() throws Exception {
        Path jar = Files.copy(Path.of("target", "mlsd-composer.jar"), dir.resolve("app.jar"));

        assertThat(run(jar)).as("first run: writes the archive").isEqualTo(0);
        List<Path> first = archives();
        assertThat(first).hasSize(1);
        assertThat(run(jar)).as("second run: starts from the archive (-Xshare:on)").isEqualTo(0);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(run(jar)).as("after a rebuild: writes a new archive instead of offering the refused one").isEqualTo(0);
        assertThat(run(jar)).as("and starts from the new one").isEqualTo(0);
        assertThat(archives()).hasSize(1).doesNotContainAnyElementsOf(first);
    }

    private int run(Path jar) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("packaging", "mlsd-composer").toString(), "--version")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("MLSD_JAR", jar.toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        env.put("MLSD_CONFIG_ARGS", "-Dmlsd.configDir=" + dir.resolve("config") + " -Dmlsd.stateDir=" + dir.resolve("state"));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(out).as(out).contains("mlsd-composer");
        return process.exitValue();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache").resolve("mlsd-composer"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}

package dev.mlsd.composer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would: a child JVM, a bare locale, no display. */
class CliJarIT {

    private static final Path JAR = Path.of("target", "mlsd-composer.jar");

    @TempDir
    Path dir;

    record Run(int exit, byte[] out, String err) {
    }

    private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dmlsd.configDir=" + dir.resolve("config"));
        command.add("-Dmlsd.stateDir=" + dir.resolve("state"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.bin").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readAllBytes(dir.resolve("out.bin")),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void renderUnderLangCPrintsTheSameBytesAsUnderUtf8() throws Exception {
        Path problem = Files.writeString(dir.resolve("p.md"), "Снизить отток 😀", StandardCharsets.UTF_8);
        String jar = JAR.toAbsolutePath().toString();
        Run c = java(Map.of("LANG", "C"), "-jar", jar, "render", "--section", "problem=" + problem);
        Run utf8 = java(Map.of("LANG", "C.UTF-8"), "-jar", jar, "render", "--section", "problem=" + problem);
        assertThat(c.exit()).isZero();
        assertThat(c.out()).isEqualTo(utf8.out());
        String text = new String(c.out(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Промпт для генерации раздела").contains("Снизить отток 😀");
        assertThat(c.err()).contains("warning: no --section for slot 'metrics' (2. Метрики)");
    }

    @Test
    void errorsUnderLangCAreOneUtf8LineAndExit2() throws Exception {
        Path missing = dir.resolve("missing.mlsd");
        Run run = java(Map.of("LANG", "C"), "-jar", JAR.toAbsolutePath().toString(), "render", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + missing + ": no such file\n");
    }

    @Test
    void commandsLoadNoJavaFxClass() throws Exception {
        Run run = java(Map.of(), "-verbose:class", "-jar", JAR.toAbsolutePath().toString(), "templates");
        assertThat(run.exit()).isZero();
        String loaded = new String(run.out(), StandardCharsets.UTF_8);
        assertThat(loaded).contains("dev.mlsd.composer.cli.TemplatesCommand");
        assertThat(loaded).doesNotContain("javafx.").doesNotContain("com.sun.javafx").doesNotContain("org.fxmisc");
    }

    @Test
    void aMistypedCommandIsReportedNotOpenedAsAFile() throws Exception {
        Run run = java(Map.of(), "-jar", JAR.toAbsolutePath().toString(), "rendr", "x.mlsd");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: unknown command 'rendr' (did you mean 'render'?)\n");
    }

    @Test
    void theWindowWithoutADisplayIsOneErrorLineNotAStackTrace() throws Exception {
        Run run = java(Map.of(), "-jar", JAR.toAbsolutePath().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no display").contains("render").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void versionFromTheJar() throws Exception {
        Run run = java(Map.of(), "-jar", JAR.toAbsolutePath().toString(), "--version");
        assertThat(run.exit()).isZero();
        assertThat(new String(run.out(), StandardCharsets.UTF_8)).startsWith("mlsd-composer ");
    }
}

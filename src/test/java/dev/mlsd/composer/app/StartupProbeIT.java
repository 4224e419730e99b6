package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's window path, headless: {@code --measure-startup FILE} shows the window with the file, prints, exits 0. */
class StartupProbeIT {

    @TempDir
    Path dir;

    @Test
    void measureStartupPrintsTheFirstFrameTimeAndExits() throws Exception {
        Path monocle = Path.of(Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Path.of("target", "mlsd-composer.jar").toAbsolutePath();
        Path example = Path.of("assets", "example-churn.ru.mlsd").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dmlsd.configDir=" + dir.resolve("config"), "-Dmlsd.stateDir=" + dir.resolve("state"),
                "-cp", jar + java.io.File.pathSeparator + monocle,
                "dev.mlsd.composer.app.Main", "--measure-startup", example.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).matches("first-frame-ms \\d+\\n");
        assertThat(err).doesNotContain("Exception").doesNotContain("Unsupported JavaFX configuration");
    }

    @Test
    void theJarOpensTheDiagnosticCommandsToTheApp() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Path.of("target", "mlsd-composer.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens"))
                    .as("java -jar reads Add-Opens; StartupCompiler then skips starting JMX")
                    .contains("jdk.management/com.sun.management.internal");
        }
    }
}

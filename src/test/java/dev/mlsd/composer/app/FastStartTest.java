package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain {@code java -jar} repeats the start in a JVM with the launcher's options and the jar's class-data archive. */
class FastStartTest {

    @TempDir
    Path dir;

    private Path jar;
    private Path archives;

    @BeforeEach
    void aJar() throws Exception {
        jar = Files.writeString(dir.resolve("mlsd-composer.jar"), "not really a jar, but sized and dated");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        archives = dir.resolve("state").resolve("class-data");
    }

    private FastStart.Setting setting(String vendor, String... arguments) {
        return new FastStart.Setting(Path.of("/jdk/bin/java"), jar, arguments, vendor, "17.0.15+6-Debian-1deb12u1", archives, true);
    }

    @Test
    void theFirstStartWritesTheArchiveAndKeepsTheUsersOptionsAfterTheLaunchers() throws Exception {
        Files.createDirectories(archives);
        Path stale = Files.writeString(archives.resolve("app-1-2-17.0.1.jsa"), "an older jar's");

        List<String> command = FastStart.command(setting("Debian", "-Dmlsd.configDir=/c", "-Xmx4g", "-jar", jar.toString(), "x.mlsd"),
                new String[] {"x.mlsd"}).orElseThrow();

        String archive = archives.resolve("app-" + Files.size(jar) + "-1700000000000-17.0.15+6-Debian-1deb12u1.jsa").toString();
        assertThat(command).startsWith("/jdk/bin/java", "-XX:ArchiveClassesAtExit=" + archive);
        assertThat(command).containsSubsequence(FastStart.LAUNCHER_OPTIONS);
        assertThat(command).containsSubsequence("-Xmx2g", "-Dmlsd.configDir=/c", "-Xmx4g", "-Dmlsd.fastStart=false", "-jar", jar.toString(), "x.mlsd");
        assertThat(command).noneMatch(a -> a.startsWith("-D" + FastStart.STARTED_AT));
        assertThat(stale).doesNotExist();
    }

    @Test
    void laterStartsMapTheArchive() throws Exception {
        Files.createDirectories(archives);
        Path archive = Files.writeString(archives.resolve("app-" + Files.size(jar) + "-1700000000000-17.0.15+6-Debian-1deb12u1.jsa"), "dumped");

        List<String> command = FastStart.command(setting("Eclipse Adoptium", "-jar", jar.toString()), new String[0]).orElseThrow();

        assertThat(command).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(archive).exists();
    }

    @Test
    void aRebuiltJarGetsAnotherArchive() throws Exception {
        List<String> before = FastStart.command(setting("Debian", "-jar", jar.toString()), new String[0]).orElseThrow();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_060_000L));

        List<String> after = FastStart.command(setting("Debian", "-jar", jar.toString()), new String[0]).orElseThrow();

        assertThat(after.get(1)).startsWith("-XX:ArchiveClassesAtExit=").isNotEqualTo(before.get(1)).contains("1700000060000");
    }

    @Test
    void aMeasuredStartCountsFromThisJvmsStart() {
        List<String> command = FastStart.command(setting("Debian", "-jar", jar.toString()), new String[] {"--measure-startup"}).orElseThrow();

        assertThat(command).anyMatch(a -> a.matches("-D" + FastStart.STARTED_AT.replace(".", "\\.") + "=\\d{13}"));
    }

    @Test
    void nothingIsRepeatedWhenTheStartIsAlreadyFastOrCannotBe() {
        assertThat(FastStart.command(setting("Debian", "-XX:SharedArchiveFile=/a.jsa", "-jar", jar.toString()), new String[0]))
                .as("the launcher script and the installed app map their archive already").isEmpty();
        assertThat(FastStart.command(setting("Debian", "-XX:DumpLoadedClassList=/c.lst", "-jar", jar.toString()), new String[0]))
                .as("a JVM recording its classes for an archive").isEmpty();
        assertThat(FastStart.command(setting("Debian", "-Dmlsd.fastStart=false", "-jar", jar.toString()), new String[0]))
                .as("the second JVM, or a user who asked").isEmpty();
        assertThat(FastStart.command(setting("Debian", "-cp", jar.toString(), "dev.mlsd.composer.app.Main"), new String[0]))
                .as("not started with -jar").isEmpty();
        assertThat(FastStart.command(setting("Oracle Corporation", "-jar", jar.toString()), new String[0]))
                .as("Oracle's builds have no Shenandoah").isEmpty();
        assertThat(FastStart.command(new FastStart.Setting(Path.of("/jdk/bin/java"), jar, new String[] {"-jar", jar.toString()}, "Debian",
                "17", archives, false), new String[0])).as("a runtime without the JDK's own archive cannot write the app's").isEmpty();
    }

    @Test
    void theJvmOptionsAreThoseBeforeTheJar() {
        assertThat(FastStart.jvmOptions(new String[] {"-Da=1", "-Xss2m", "-jar", "app.jar", "-jar"})).containsExactly("-Da=1", "-Xss2m");
        assertThat(FastStart.jvmOptions(new String[] {"-cp", "app.jar", "Main"})).isNull();
    }
}

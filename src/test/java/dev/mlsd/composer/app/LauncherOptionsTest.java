package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launcher's JVM options are the ones the benchmark measures typing with, and javafx:run uses its collector. */
class LauncherOptionsTest {

    private static final Pattern XX = Pattern.compile("-XX:[+-]?[A-Za-z]+(?:=[^\\s<\"]+)?");

    @Test
    void theBenchmarkTypesWithTheLaunchersJvmOptions() throws IOException {
        String launcher = Files.readString(Path.of("packaging/mlsd-composer"), StandardCharsets.UTF_8);
        String execLine = launcher.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        List<String> launcherOptions = options(execLine).stream()
                .filter(o -> !o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-XX:ArchiveClassesAtExit")).toList();
        assertThat(launcherOptions).contains("-XX:TieredStopAtLevel=1", "-XX:+UseShenandoahGC", "-XX:ShenandoahGCHeuristics=compact");

        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        int execution = pom.indexOf("<id>bench-latency-launcher</id>");
        assertThat(execution).isPositive();
        String benchArguments = pom.substring(execution, pom.indexOf("</execution>", execution));
        assertThat(options(benchArguments)).containsExactlyInAnyOrderElementsOf(launcherOptions);
        assertThat(execLine).contains(" -Xmx2g ");
        assertThat(execLine).as("plain java -jar repeats its start with the same options (FastStart)")
                .contains(" " + String.join(" ", FastStart.LAUNCHER_OPTIONS) + " ");
        assertThat(benchArguments).contains("<argument>-Xmx2g</argument>");

        int run = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>\n        <configuration>");
        assertThat(run).isPositive();
        assertThat(pom.substring(run, pom.indexOf("</configuration>", run))).contains("<option>-XX:+UseShenandoahGC</option>", "<option>-XX:ShenandoahGCHeuristics=compact</option>", "<option>-Xmx2g</option>");
    }

    private static List<String> options(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = XX.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

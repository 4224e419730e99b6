package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed warm-up list follows the code: a class renamed or moved since the list was
 * recorded makes this fail (re-record with {@code src/bench/startup-classes.sh}). The package
 * build records its own list for the jar it ships.
 */
class StartupClassesTest {

    @Test
    void everyClassOnTheWarmUpListExists() throws IOException {
        List<String> names = Files.readAllLines(Path.of("src/main/resources/app/startup-classes.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        assertThat(names).as("the list is recorded, not empty").hasSizeGreaterThan(100)
                .as("the app's own classes are on it").anyMatch(n -> n.startsWith("dev.mlsd.composer."));
        ClassLoader loader = getClass().getClassLoader();
        List<String> missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, loader);
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).toList();
        assertThat(missing).as("classes on app/startup-classes.txt that no longer exist: re-record with src/bench/startup-classes.sh").isEmpty();
    }
}

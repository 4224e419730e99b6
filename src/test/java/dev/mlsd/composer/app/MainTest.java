package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments go to the CLI and which open the window. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void commandsAndMistypedCommandsGoToTheCli() {
        assertThat(Main.wantsCommand(new String[] {"render", "x.mlsd"})).isTrue();
        assertThat(Main.wantsCommand(new String[] {"--version"})).isTrue();
        assertThat(Main.wantsCommand(new String[] {"rendr", "x.mlsd"})).as("a mistyped command").isTrue();
        assertThat(Main.wantsCommand(new String[] {"nosuch"})).isTrue();
    }

    @Test
    void projectsExistingFilesAndOptionsOpenTheWindow() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes"), "text");
        assertThat(Main.wantsCommand(new String[0])).isFalse();
        assertThat(Main.wantsCommand(new String[] {"missing.mlsd"})).as("a new project's name").isFalse();
        assertThat(Main.wantsCommand(new String[] {notes.toString()})).as("an existing file of any name").isFalse();
        assertThat(Main.wantsCommand(new String[] {"--measure-startup", "a.mlsd"})).isFalse();
    }
}

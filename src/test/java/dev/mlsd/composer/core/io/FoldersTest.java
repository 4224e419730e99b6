package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path dir;

    @Test
    void onlyAnExistingFolderIsGivenBack() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("projects"));
        Path file = Files.writeString(dir.resolve("p.mlsd"), "{}");

        assertThat(Folders.existing(folder)).contains(folder);
        assertThat(Folders.existing(file)).isEmpty();
        assertThat(Folders.existing(dir.resolve("gone"))).isEmpty();
        assertThat(Folders.existing(null)).isEmpty();
        Files.delete(folder);
        assertThat(Folders.existing(folder)).isEmpty();
    }
}

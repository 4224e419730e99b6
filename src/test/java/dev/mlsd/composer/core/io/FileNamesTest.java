package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void addsTheFirstExtensionUnlessTheNameHasOneOfThemInAnyCase() {
        Path dir = Path.of("/tmp/projects");
        assertThat(FileNames.withExtension(dir.resolve("draft"), ".mlsd")).isEqualTo(dir.resolve("draft.mlsd"));
        assertThat(FileNames.withExtension(dir.resolve("Draft.MLSD"), ".mlsd")).isEqualTo(dir.resolve("Draft.MLSD"));
        assertThat(FileNames.withExtension(dir.resolve("prompt.TXT"), ".md", ".txt")).isEqualTo(dir.resolve("prompt.TXT"));
        assertThat(FileNames.withExtension(dir.resolve("prompt.md.bak"), ".md", ".txt")).isEqualTo(dir.resolve("prompt.md.bak.md"));
        assertThat(FileNames.withExtension(Path.of("notes"), ".md")).isEqualTo(Path.of("notes.md"));
    }

    @Test
    void theFolderOfAFileIsAbsoluteAndNoFileHasNone() {
        assertThat(FileNames.folderOf(Path.of("/tmp/projects/a.mlsd"))).isEqualTo(Path.of("/tmp/projects"));
        assertThat(FileNames.folderOf(Path.of("a.mlsd"))).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(FileNames.folderOf(null)).isNull();
    }
}

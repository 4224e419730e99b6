package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void writesANewFileWithoutABackup() throws IOException {
        Path file = dir.resolve("a.mlsd");
        writer.write(file, bytes("one"));
        assertThat(Files.readString(file)).isEqualTo("one");
        assertThat(dir.resolve("a.mlsd.bak")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsThePreviousVersionAsBak() throws IOException {
        Path file = dir.resolve("a.mlsd");
        writer.write(file, bytes("one"));
        writer.write(file, bytes("two"));
        writer.write(file, bytes("three"));
        assertThat(Files.readString(file)).isEqualTo("three");
        assertThat(Files.readString(dir.resolve("a.mlsd.bak"))).isEqualTo("two");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writesThroughASymlinkAndLeavesTheLinkALink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("p.mlsd");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.mlsd"), Path.of("real", "p.mlsd"));
        writer.write(link, bytes("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.readString(real.resolveSibling("p.mlsd.bak"))).isEqualTo("old");
    }

    @Test
    void keepsPermissions() throws IOException {
        Path file = dir.resolve("a.mlsd");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        writer.write(file, bytes("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aMissingFolderFailsAndWritesNothing() {
        assertThatThrownBy(() -> writer.write(dir.resolve("nope").resolve("a.mlsd"), bytes("x")))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList().stream();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

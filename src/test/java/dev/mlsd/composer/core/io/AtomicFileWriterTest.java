package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    void aNewFileGetsThePermissionsOfAnyNewFileInItsFolder() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-by-an-editor.md"));
        Path file = dir.resolve("a.mlsd");
        writer.write(file, bytes("one"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
    }

    @Test
    void theNewContentOfAnExistingFileIsOnlyItsOwnersUntilItsPermissionsAreCopied() throws IOException {
        Path file = dir.resolve("secret.mlsd");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        java.util.List<String> whileWritten = new java.util.ArrayList<>();
        AtomicFileWriter watched = new AtomicFileWriter(new AtomicFileWriter.TempFiles() {
            @Override
            public Path create(Path folder, String prefix, boolean ownerOnly) throws IOException {
                return AtomicFileWriter.DISK.create(folder, prefix, ownerOnly);
            }

            @Override
            public void writeAndForce(Path temp, byte[] content) throws IOException {
                whileWritten.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
                AtomicFileWriter.DISK.writeAndForce(temp, content);
            }
        });
        watched.write(file, bytes("new"));
        assertThat(whileWritten).containsExactly("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void aMissingFolderFailsAndWritesNothing() {
        assertThatThrownBy(() -> writer.write(dir.resolve("nope").resolve("a.mlsd"), bytes("x")))
                .isInstanceOf(WriteFailedException.class)
                .satisfies(e -> assertThat(((WriteFailedException) e).reason()).isEqualTo(WriteFailedException.Reason.NO_FOLDER));
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.mlsd");
        Files.writeString(file, "old version");
        AtomicFileWriter full = new AtomicFileWriter(new AtomicFileWriter.TempFiles() {
            @Override
            public Path create(Path folder, String prefix, boolean ownerOnly) throws IOException {
                return AtomicFileWriter.DISK.create(folder, prefix, ownerOnly);
            }

            @Override
            public void writeAndForce(Path temp, byte[] content) throws IOException {
                Files.write(temp, java.util.Arrays.copyOf(content, content.length / 2));
                throw new IOException("No space left on device");
            }
        });
        assertThatThrownBy(() -> full.write(file, bytes("new version, much longer than the old one")))
                .isInstanceOf(WriteFailedException.class)
                .hasMessage("the disk is full")
                .satisfies(e -> assertThat(((WriteFailedException) e).reason()).isEqualTo(WriteFailedException.Reason.DISK_FULL));
        assertThat(Files.readString(file)).isEqualTo("old version");
        assertThat(dir.resolve("a.mlsd.bak")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReadOnlyFolderLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("a.mlsd");
        Files.writeString(file, "old version");
        AtomicFileWriter readOnly = new AtomicFileWriter(new AtomicFileWriter.TempFiles() {
            @Override
            public Path create(Path folder, String prefix, boolean ownerOnly) throws IOException {
                throw new java.nio.file.AccessDeniedException(folder.resolve(prefix).toString());
            }

            @Override
            public void writeAndForce(Path temp, byte[] content) {
                throw new AssertionError("never reached");
            }
        });
        assertThatThrownBy(() -> readOnly.write(file, bytes("new")))
                .isInstanceOf(WriteFailedException.class)
                .satisfies(e -> assertThat(((WriteFailedException) e).reason()).isEqualTo(WriteFailedException.Reason.READ_ONLY));
        assertThat(Files.readString(file)).isEqualTo("old version");
    }

    @Test
    void staleTemporaryFilesOfAKilledSaveAreRemovedAndNeverLookLikeProjects() throws IOException {
        Path file = dir.resolve("a.mlsd");
        Path stale = Files.writeString(dir.resolve(".a.mlsd.123" + AtomicFileWriter.TEMP_SUFFIX), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".a.mlsd.456" + AtomicFileWriter.TEMP_SUFFIX), "another save in progress");
        Path otherFiles = Files.writeString(dir.resolve(".b.mlsd.789" + AtomicFileWriter.TEMP_SUFFIX), "not ours");
        Files.setLastModifiedTime(otherFiles, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        writer.write(file, bytes("x"));
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(otherFiles).exists();
        assertThat(stale.getFileName().toString()).doesNotEndWith(ProjectStore.EXTENSION);
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList().stream();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    @Test
    void noticesAChangeOfContentButNotATouch() throws Exception {
        Path file = Files.writeString(dir.resolve("p.mlsd"), "one");
        FileStamp known = FileStamp.of(file, "one".getBytes(StandardCharsets.UTF_8));
        assertThat(FileStamp.current(file, known)).contains(known);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(FileStamp.current(file, known).orElseThrow().contentDiffers(known)).isFalse();

        Files.writeString(file, "two");
        assertThat(FileStamp.current(file, known).orElseThrow().contentDiffers(known)).isTrue();

        Files.delete(file);
        assertThat(FileStamp.current(file, known)).isEmpty();
    }

    @Test
    void aFreshStampIsCheckedByContentWhenSizeAndTimeStayTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("p.mlsd"), "one");
        FileTime written = Files.getLastModifiedTime(file);
        FileStamp known = FileStamp.of(file, "one".getBytes(StandardCharsets.UTF_8));

        // Another program writes as many bytes within the same timestamp tick.
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, written);
        assertThat(FileStamp.current(file, known).orElseThrow().contentDiffers(known)).isTrue();
    }

    @Test
    void anOldStampIsTrustedBySizeAndTimeWithoutReadingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("p.mlsd"), "one");
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(file, anHourAgo);
        FileStamp known = FileStamp.of(file, "one".getBytes(StandardCharsets.UTF_8));

        // Same size and time: the stamp answers without hashing (it cannot see this edit, by design).
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, anHourAgo);
        assertThat(FileStamp.current(file, known)).containsSame(known);
    }
}

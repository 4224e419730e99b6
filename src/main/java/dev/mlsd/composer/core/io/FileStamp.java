package dev.mlsd.composer.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file was like when the app last read or wrote it: size, modification time and a hash of
 * the content. Comparing it with the file now tells whether another program changed the file.
 */
public record FileStamp(long size, long modifiedMillis, String sha256) {

    /** The stamp of {@code content}, just read from or written to {@code file}. */
    public static FileStamp of(Path file, byte[] content) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(content.length, attributes.lastModifiedTime().toMillis(), sha256(content));
    }

    /** The file as it is now, or empty when it no longer exists. Hashes only when size and time leave a doubt. */
    public static Optional<FileStamp> current(Path file, FileStamp known) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (known != null && attributes.size() == known.size && attributes.lastModifiedTime().toMillis() == known.modifiedMillis) {
                return Optional.of(known);
            }
            byte[] content = Files.readAllBytes(file);
            return Optional.of(new FileStamp(content.length, attributes.lastModifiedTime().toMillis(), sha256(content)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** True when the content differs (a touch that leaves the bytes alone is no change). */
    public boolean contentDiffers(FileStamp other) {
        return other == null || !sha256.equals(other.sha256);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

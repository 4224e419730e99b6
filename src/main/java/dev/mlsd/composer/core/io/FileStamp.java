package dev.mlsd.composer.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a file was like when the app last read or wrote it: size, modification time and a hash of
 * the content. Comparing it with the file now tells whether another program changed the file.
 *
 * <p>Size and time alone vouch for the file only when the stamp was taken well after the file's
 * modification time. A stamp taken within {@value #RACY_MILLIS} ms of it (right after a save or a
 * load of a fresh file) is "racy", as git calls it: another program writing as many bytes within
 * the file system's timestamp granularity leaves size and time as they were, so a racy stamp is
 * always checked by content. Stamps are equal when size, time and hash are.
 *
 * <p>The hash of a file opened without reading its history is finished when the history is read
 * ({@link HistoryTail}); asking for it before (equality, {@link #contentDiffers}) reads the rest.
 */
public final class FileStamp {

    /** FAT keeps modification times to 2 s; other file systems are finer. */
    static final long RACY_MILLIS = 2_000;

    private final long size;
    private final long modifiedMillis;
    private final Supplier<String> sha256;
    private final boolean racy;

    private FileStamp(long size, long modifiedMillis, String sha256) {
        this(size, modifiedMillis, () -> sha256);
    }

    private FileStamp(long size, long modifiedMillis, Supplier<String> sha256) {
        this.size = size;
        this.modifiedMillis = modifiedMillis;
        this.sha256 = sha256;
        this.racy = modifiedMillis > System.currentTimeMillis() - RACY_MILLIS;
    }

    /** The stamp of {@code content}, just read from or written to {@code file}. */
    public static FileStamp of(Path file, byte[] content) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(content.length, attributes.lastModifiedTime().toMillis(), sha256(content));
    }

    /**
     * The stamp of a file of {@code size} bytes modified at {@code modifiedMillis}, whose hash {@code sha256}
     * gives when first asked for; it must remember its answer (and may fail unchecked, as the history it reads).
     */
    static FileStamp deferred(long size, long modifiedMillis, Supplier<String> sha256) {
        return new FileStamp(size, modifiedMillis, sha256);
    }

    /** The file as it is now, or empty when it no longer exists. Hashes only when size and time leave a doubt. */
    public static Optional<FileStamp> current(Path file, FileStamp known) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (known != null && !known.racy && attributes.size() == known.size
                    && attributes.lastModifiedTime().toMillis() == known.modifiedMillis) {
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
        return other == null || !sha256.get().equals(other.sha256.get());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp other && size == other.size && modifiedMillis == other.modifiedMillis && sha256.get().equals(other.sha256.get());
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, modifiedMillis, sha256.get());
    }

    @Override
    public String toString() {
        return "FileStamp[size=" + size + ", modifiedMillis=" + modifiedMillis + ", sha256=" + sha256.get() + (racy ? ", racy" : "") + "]";
    }

    static String sha256(byte[] content) {
        return hex(newDigest().digest(content));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The modification time of this stamp, as {@link #of} saw it. */
    long modifiedMillis() {
        return modifiedMillis;
    }

    long size() {
        return size;
    }
}

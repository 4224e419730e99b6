package dev.mlsd.composer.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the app writes a file: a temporary file in the target's folder, forced to disk,
 * then moved over the target in one step, so a crash leaves the old file or the new one, never a
 * mix. The previous version is kept as {@code NAME.bak}; a symlink stays a link to the written
 * file; an existing file keeps its permissions, a new one gets those the system gives any new file
 * (the umask). A failure leaves the old file as it was and is reported as a {@link WriteFailedException}.
 */
public final class AtomicFileWriter {

    /** The suffix of the backup kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";
    /** Temporary files start with a dot and end with this suffix, so they are never taken for projects. */
    public static final String TEMP_SUFFIX = ".mlsd-tmp";
    /** Temporary files of a target older than this are left over from a killed save and removed. */
    static final Duration STALE_TEMP_AGE = Duration.ofMinutes(5);

    /** Writing the new content into the temporary file; a test can make it fail like a full disk. */
    public interface TempFiles {
        /**
         * A new empty file in {@code dir}. {@code ownerOnly}: only its owner may read it (it will
         * replace a file whose permissions are then copied onto it); otherwise it gets the
         * permissions the system gives any new file, which it keeps as the new target.
         */
        Path create(Path dir, String prefix, boolean ownerOnly) throws IOException;

        /** Writes all of {@code content} and forces it to the disk. */
        void writeAndForce(Path temp, byte[] content) throws IOException;
    }

    /** The real disk. */
    public static final TempFiles DISK = new TempFiles() {
        @Override
        public Path create(Path dir, String prefix, boolean ownerOnly) throws IOException {
            if (ownerOnly) {
                return Files.createTempFile(dir, prefix, TEMP_SUFFIX);
            }
            // Java cannot read the umask, but a file opened with no permission attributes gets
            // exactly what the system gives new files (the umask, a folder's default ACL), as an
            // editor's would. CREATE_NEW is O_EXCL: an existing name or a planted link fails, never opens.
            for (int attempt = 0; ; attempt++) {
                Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
                try {
                    Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                    return temp;
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= 100) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public void writeAndForce(Path temp, byte[] content) throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }
    };

    private final TempFiles temps;

    public AtomicFileWriter() {
        this(DISK);
    }

    public AtomicFileWriter(TempFiles temps) {
        this.temps = temps;
    }

    public void write(Path target, byte[] content) throws WriteFailedException {
        try {
            Path file = resolve(target);
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                throw new java.nio.file.NoSuchFileException(dir.toString());
            }
            String prefix = "." + file.getFileName() + ".";
            removeStaleTemps(dir, prefix);
            // Replacing a file: the new content is never readable by more people than the old one was.
            Path temp = temps.create(dir, prefix, Files.exists(file));
            try {
                temps.writeAndForce(temp, content);
                if (Files.exists(file)) {
                    copyPermissions(file, temp);
                    keepBackup(file, dir, prefix);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                forceFolder(dir);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw WriteFailedException.of(e);
        }
    }

    /** Follows symlinks so the link's target is written and the link stays a link. */
    static Path resolve(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        int hops = 0;
        while (Files.isSymbolicLink(file)) {
            if (++hops > 40) {
                throw new IOException("too many levels of symbolic links: " + target);
            }
            Path link = Files.readSymbolicLink(file);
            file = file.getParent().resolve(link).normalize();
        }
        return file;
    }

    private static void removeStaleTemps(Path dir, String prefix) {
        Instant cutoff = Instant.now().minus(STALE_TEMP_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
        })) {
            for (Path temp : temps) {
                FileTime modified = Files.getLastModifiedTime(temp);
                if (modified.toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // Leftovers are harmless (they never end in .mlsd); cleaning them is best effort.
        }
    }

    /**
     * Makes {@code NAME.bak} the current version, in one step too: a link (or copy) under a
     * temporary name, then moved over the old backup, so a crash never leaves no backup or half a one.
     */
    private void keepBackup(Path file, Path dir, String prefix) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        Path next = temps.create(dir, prefix, true);
        try {
            Files.delete(next);
            try {
                // A hard link costs nothing and keeps the old content exactly when the move replaces the name.
                Files.createLink(next, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, next, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(next, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, backup, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(next);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView toView = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (toView == null) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class);
        toView.setPermissions(attributes.permissions());
    }

    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems (Windows) cannot open a folder; the move itself is still atomic there.
        }
    }
}

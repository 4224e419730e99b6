package dev.mlsd.composer.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The one way the app writes a file: a temporary file in the target's folder, forced to disk,
 * then moved over the target in one step, so a crash leaves the old file or the new one, never a
 * mix. The previous version is kept as {@code NAME.bak}; a symlink stays a link to the written file.
 */
public final class AtomicFileWriter {

    /** The suffix of the backup kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";
    /** Temporary files start with a dot and end with this suffix, so they are never taken for projects. */
    public static final String TEMP_SUFFIX = ".mlsd-tmp";

    public void write(Path target, byte[] content) throws IOException {
        Path file = resolve(target);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(file)) {
                copyPermissions(file, temp);
                keepBackup(file);
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
    }

    /** Follows symlinks so the link's target is written and the link stays a link. */
    private static Path resolve(Path target) throws IOException {
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

    private static void keepBackup(Path file) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        Files.deleteIfExists(backup);
        try {
            // A hard link costs nothing and keeps the old content exactly when the move replaces the name.
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
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

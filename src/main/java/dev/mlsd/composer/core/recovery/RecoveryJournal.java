package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.WriteFailedException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * This app instance's recovery journal in the state folder: {@code ID.journal} holds the unsaved
 * state, and {@code ID.lock} is locked for as long as the instance lives. A journal whose lock
 * nobody holds was left by an instance that crashed, and is offered back at the next start.
 * Instances never share a journal file: each has its own ID.
 */
public final class RecoveryJournal implements AutoCloseable {

    static final String JOURNAL = ".journal";
    static final String LOCK = ".lock";

    private final Path folder;
    private final String id;
    private final AtomicFileWriter writer;
    private final FileChannel lockChannel;
    private final FileLock lock;

    /** A journal left by an instance that is gone, with what it held (or why it cannot be read). */
    public record Orphan(Path journal, JournalEntry entry, String problem) {
        public boolean readable() {
            return entry != null;
        }
    }

    private RecoveryJournal(Path folder, String id, AtomicFileWriter writer, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.id = id;
        this.writer = writer;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts this instance's journal in {@code folder} (created if needed). */
    public static RecoveryJournal open(Path folder, AtomicFileWriter writer) throws IOException {
        Files.createDirectories(folder);
        String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        FileChannel channel = FileChannel.open(folder.resolve(id + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("could not lock a new journal " + id);
        }
        return new RecoveryJournal(folder, id, writer, channel, lock);
    }

    public Path file() {
        return folder.resolve(id + JOURNAL);
    }

    /** Replaces this instance's journal with {@code entry}, atomically. */
    public void write(JournalEntry entry) throws WriteFailedException {
        writer.write(file(), JournalFormat.encode(entry).getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the unsaved state (it was saved or given up). */
    public void clear() throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(folder.resolve(id + JOURNAL + AtomicFileWriter.BACKUP_SUFFIX));
    }

    /** Ends the journal on a normal exit: the lock is released; an unsaved state stays to be offered next time. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
            if (!Files.exists(file())) {
                Files.deleteIfExists(folder.resolve(id + LOCK));
            }
        }
    }

    /** The journals in {@code folder} whose instance is gone (this instance's own excluded). */
    public List<Orphan> orphans() throws IOException {
        return orphans(folder, id);
    }

    static List<Orphan> orphans(Path folder, String ownId) throws IOException {
        List<Orphan> orphans = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return orphans;
        }
        try (DirectoryStream<Path> journals = Files.newDirectoryStream(folder, "*" + JOURNAL)) {
            for (Path journal : journals) {
                String name = journal.getFileName().toString();
                String journalId = name.substring(0, name.length() - JOURNAL.length());
                if (journalId.equals(ownId) || isAlive(folder.resolve(journalId + LOCK))) {
                    continue;
                }
                try {
                    String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
                    orphans.add(new Orphan(journal, JournalFormat.decode(text), null));
                } catch (JournalException | IOException e) {
                    orphans.add(new Orphan(journal, null, e.getMessage()));
                }
            }
        }
        orphans.sort((a, b) -> a.journal().getFileName().compareTo(b.journal().getFileName()));
        return orphans;
    }

    /** Removes an orphan's files once its content was restored or given up. */
    public static void discard(Orphan orphan) throws IOException {
        Path journal = orphan.journal();
        String name = journal.getFileName().toString();
        String journalId = name.substring(0, name.length() - JOURNAL.length());
        Files.deleteIfExists(journal);
        Files.deleteIfExists(journal.resolveSibling(name + AtomicFileWriter.BACKUP_SUFFIX));
        Files.deleteIfExists(journal.resolveSibling(journalId + LOCK));
    }

    /** True while some instance holds the lock file. */
    private static boolean isAlive(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }
}

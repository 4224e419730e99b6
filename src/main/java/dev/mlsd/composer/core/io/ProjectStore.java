package dev.mlsd.composer.core.io;

import dev.mlsd.composer.core.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Loads and saves {@code .mlsd} files: the codec over the file system, through the crash-safe
 * writer, with the file's stamp at each load and save so outside changes can be noticed.
 */
public final class ProjectStore {

    /** The extension of project files, with its dot. */
    public static final String EXTENSION = ".mlsd";

    private final ProjectCodec codec;
    private final AtomicFileWriter writer;
    private final ProjectHeadReader reader;

    /**
     * A project as read from or written to a file, with the file's stamp at that moment. Just read, its
     * history and the stamp's hash may still be unread: {@link #complete} reads them.
     */
    public record Stored(Project project, FileStamp stamp) {

        /**
         * This, with the project's history and the stamp's hash read: what a caller does off the FX thread
         * before handing a read project on. A broken history is the problem reading it whole gives.
         */
        public Stored complete() throws BadInputException {
            try {
                project.history();
                project.unknownFields();
                if (stamp != null) {
                    stamp.hashCode();
                }
                return this;
            } catch (UnreadableHistoryException e) {
                throw e.problem();
            }
        }
    }

    public ProjectStore(ProjectCodec codec, AtomicFileWriter writer) {
        this.codec = codec;
        this.writer = writer;
        this.reader = new ProjectHeadReader(codec);
    }

    /** Reads a project, history included (see {@link Stored#complete}). */
    public Project load(Path file) throws BadInputException {
        return read(file).complete().project();
    }

    /**
     * Reads a project and the stamp of the bytes it was read from. A long history is read on first use
     * (see {@link ProjectHeadReader}), when it may turn out broken: {@link Stored#complete} reads it.
     */
    public Stored read(Path file) throws BadInputException {
        return reader.read(file);
    }

    /** Reads a project from bytes (a resource, say) with the same checks as a file. */
    public Project decode(byte[] bytes) throws BadInputException {
        return codec.decode(bytes);
    }

    /**
     * Writes {@code project} to {@code file}. A project read from an older format keeps the
     * original file as {@code NAME.mlsd.format<N>.bak} before its first save in the new format.
     */
    public Stored save(Path file, Project project) throws WriteFailedException {
        byte[] bytes;
        try {
            bytes = encode(project);
        } catch (UnreadableHistoryException e) {
            // Refused before anything is written: never a file without the history that could not be read.
            throw new WriteFailedException(WriteFailedException.Reason.OTHER, e.getMessage(), null);
        }
        try {
            if (project.migratedFrom() != null && Files.isRegularFile(file)) {
                Path original = file.resolveSibling(file.getFileName() + ".format" + project.migratedFrom() + AtomicFileWriter.BACKUP_SUFFIX);
                if (!Files.exists(original)) {
                    Files.copy(file, original, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw WriteFailedException.of(e);
        }
        writer.write(file, bytes);
        try {
            return new Stored(project.upgraded(), FileStamp.of(AtomicFileWriter.resolve(file), bytes));
        } catch (IOException e) {
            throw WriteFailedException.of(e);
        }
    }

    /**
     * Writes {@code project} to {@code file} unless another program changed the file since it had
     * {@code expected} (null: write without looking). A file that is gone is written again.
     */
    public SaveOutcome saveUnlessChanged(Path file, Project project, FileStamp expected) throws WriteFailedException {
        if (expected != null) {
            Optional<FileStamp> current;
            try {
                current = FileStamp.current(file, expected);
            } catch (IOException e) {
                throw WriteFailedException.of(e);
            }
            if (current.isPresent() && current.get().contentDiffers(expected)) {
                return new SaveOutcome.ChangedOutside(current.get());
            }
        }
        return new SaveOutcome.Saved(save(file, project));
    }

    /** The bytes {@link #save} writes. */
    public byte[] encode(Project project) {
        return codec.encode(project);
    }
}

package dev.mlsd.composer.core.io;

import dev.mlsd.composer.core.model.Project;
import java.io.IOException;
import java.nio.file.Path;

/** Loads and saves {@code .mlsd} files: the codec over the file system, through the crash-safe writer. */
public final class ProjectStore {

    /** The extension of project files, with its dot. */
    public static final String EXTENSION = ".mlsd";

    private final ProjectCodec codec;
    private final AtomicFileWriter writer;

    public ProjectStore(ProjectCodec codec, AtomicFileWriter writer) {
        this.codec = codec;
        this.writer = writer;
    }

    public Project load(Path file) throws BadInputException {
        return codec.decode(TextFiles.readBytes(file, TextFiles.MAX_BYTES));
    }

    /** Reads a project from bytes (a resource, say) with the same checks as a file. */
    public Project decode(byte[] bytes) throws BadInputException {
        return codec.decode(bytes);
    }

    public void save(Path file, Project project) throws IOException {
        writer.write(file, encode(project));
    }

    /** The bytes {@link #save} writes. */
    public byte[] encode(Project project) {
        return codec.encode(project);
    }
}

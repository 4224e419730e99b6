package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlsd.composer.core.model.HistorySource;
import dev.mlsd.composer.core.model.Project;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a project file up to its history and leaves the rest ({@link HistoryTail}) for when the history
 * is first needed: a long history is most of a file's bytes, and reading, hashing and decoding them
 * would make a project with history open many times slower than one without.
 *
 * <p>The app writes the history as the root object's last member, pretty-printed with two spaces, and a
 * JSON string never holds a raw line break: so {@value #MARKER_TEXT} can only be the root's history
 * member. The bytes before it, closed with {@code null}, are read with every check of a whole file. A
 * file without that marker (minified, hand-made, older), a head that is not the root object up to it,
 * or a file modified a moment ago (see {@link FileStamp}) is read whole, as before.
 */
final class ProjectHeadReader {

    static final String MARKER_TEXT = "\n  \"history\": ";
    private static final byte[] MARKER = MARKER_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSING = "null\n}\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private final ProjectCodec codec;

    ProjectHeadReader(ProjectCodec codec) {
        this.codec = codec;
    }

    /** What reading up to the marker gave: the project without its history, or the whole file, or neither. */
    private record Attempt(ProjectStore.Stored lazily, byte[] whole) {
        static final Attempt NONE = new Attempt(null, null);
    }

    ProjectStore.Stored read(Path file) throws BadInputException {
        Attempt attempt;
        try {
            attempt = readHead(file);
        } catch (IOException | BadInputException e) {
            // Read again whole: the problem is then reported as it always was.
            attempt = Attempt.NONE;
        }
        if (attempt.lazily() != null) {
            return attempt.lazily();
        }
        byte[] bytes = attempt.whole() != null ? attempt.whole() : TextFiles.readBytes(file, TextFiles.MAX_BYTES);
        Project project = codec.decode(bytes);
        try {
            return new ProjectStore.Stored(project, FileStamp.of(file, bytes));
        } catch (IOException e) {
            throw new BadInputException(InputProblem.NOT_READABLE, String.valueOf(e.getMessage()));
        }
    }

    private Attempt readHead(Path file) throws IOException, BadInputException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        long size = before.size();
        long modified = before.lastModifiedTime().toMillis();
        if (!before.isRegularFile() || size > TextFiles.MAX_BYTES || modified > System.currentTimeMillis() - FileStamp.RACY_MILLIS) {
            return Attempt.NONE;
        }
        byte[] read = new byte[(int) Math.min(size, CHUNK)];
        int length = 0;
        int marker = -1;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (marker < 0 && length < size) {
                if (length == read.length) {
                    read = Arrays.copyOf(read, (int) Math.min(size, (long) read.length * 2));
                }
                int n = channel.read(ByteBuffer.wrap(read, length, read.length - length));
                if (n < 0) {
                    return Attempt.NONE;
                }
                marker = indexOfMarker(read, Math.max(0, length - MARKER.length + 1), length + n);
                length += n;
            }
        }
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        if (after.size() != size || after.lastModifiedTime().toMillis() != modified) {
            return Attempt.NONE;
        }
        if (marker < 0) {
            return new Attempt(null, length == read.length ? read : Arrays.copyOf(read, length));
        }
        int tailStart = marker + MARKER.length;
        byte[] head = Arrays.copyOf(read, tailStart + CLOSING.length);
        System.arraycopy(CLOSING, 0, head, tailStart, CLOSING.length);
        JsonNode root = codec.readRoot(head);
        if (!isCurrentHead(root)) {
            return Attempt.NONE;
        }
        Project project = codec.fromRoot(root);
        MessageDigest digest = FileStamp.newDigest();
        digest.update(read, 0, tailStart);
        Set<String> members = new HashSet<>();
        root.fieldNames().forEachRemaining(members::add);
        members.remove("history");
        HistoryTail tail = new HistoryTail(file, size, modified, tailStart, digest, members, codec);
        return new Attempt(new ProjectStore.Stored(
                new Project(project.templateId(), project.templateSource(), project.sections(), project.created(), project.modified(),
                        project.unknownFields(), project.migratedFrom(), HistorySource.deferred(tail::content)),
                FileStamp.deferred(size, modified, tail::sha256)), null);
    }

    /** A root object in the current format with every member the app writes before the history. */
    private static boolean isCurrentHead(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        JsonNode version = root.get("formatVersion");
        return version != null && version.isInt() && version.intValue() == ProjectCodec.FORMAT_VERSION
                && ProjectCodec.HEAD_FIELDS.stream().allMatch(root::has);
    }

    private static int indexOfMarker(byte[] bytes, int from, int to) {
        outer:
        for (int i = from; i <= to - MARKER.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (bytes[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

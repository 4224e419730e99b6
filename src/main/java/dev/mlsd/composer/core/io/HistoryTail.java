package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlsd.composer.core.model.HistorySource;
import dev.mlsd.composer.core.model.Project;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rest of a project file opened without it ({@link ProjectHeadReader}): the history's value and
 * whatever follows it, read once when first needed, with the file's hash finished from the head's.
 *
 * <p>When the file is no longer the one opened (size or time changed), the whole file is read again and
 * its history taken; the stamp's hash is then the file's only when its head bytes are the ones shown, so
 * that a save of different text reports the change outside. A tail that does not read is read again with
 * the whole file too, so the problem reported is the one reading it at once would give.
 */
final class HistoryTail {

    /** Prefixed to the hash of a file whose head changed after it was shown: equal to no file's hash. */
    private static final String CHANGED = "changed-after-open:";

    private record Outcome(HistorySource.Content content, String sha256, BadInputException failure) {
    }

    private final Path file;
    private final long size;
    private final long modifiedMillis;
    private final int tailStart;
    private final MessageDigest headDigest;
    private final Set<String> headMembers;
    private final ProjectCodec codec;
    private Outcome outcome;

    /** The tail of {@code file} from byte {@code tailStart}, its head having hashed to the state of {@code headDigest}. */
    HistoryTail(Path file, long size, long modifiedMillis, int tailStart, MessageDigest headDigest, Set<String> headMembers,
                ProjectCodec codec) {
        this.file = file;
        this.size = size;
        this.modifiedMillis = modifiedMillis;
        this.tailStart = tailStart;
        this.headDigest = headDigest;
        this.headMembers = Set.copyOf(headMembers);
        this.codec = codec;
    }

    HistorySource.Content content() {
        return succeeded().content();
    }

    String sha256() {
        return succeeded().sha256();
    }

    private Outcome succeeded() {
        Outcome done = outcome();
        if (done.failure() != null) {
            throw new UnreadableHistoryException(done.failure());
        }
        return done;
    }

    private synchronized Outcome outcome() {
        if (outcome == null) {
            outcome = read();
        }
        return outcome;
    }

    private Outcome read() {
        try {
            byte[] tail = unchangedTail();
            if (tail != null) {
                MessageDigest whole = digestOfHead();
                whole.update(tail);
                return new Outcome(content(codec.readTail(tail)), FileStamp.hex(whole.digest()), null);
            }
        } catch (IOException | BadInputException | RuntimeException e) {
            // Read again below, as a whole, to be sure what the file holds and what is wrong with it.
        }
        return wholeFile();
    }

    /** The tail's bytes, or null when the file's size or time is no longer what they were at open. */
    private byte[] unchangedTail() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != size || now.lastModifiedTime().toMillis() != modifiedMillis || channel.size() != size) {
                return null;
            }
            ByteBuffer tail = ByteBuffer.allocate((int) (size - tailStart));
            channel.position(tailStart);
            while (tail.hasRemaining()) {
                if (channel.read(tail) < 0) {
                    return null;
                }
            }
            return tail.array();
        }
    }

    private HistorySource.Content content(JsonNode tailRoot) throws BadInputException {
        Map<String, JsonNode> after = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : tailRoot.properties()) {
            if (member.getKey().equals("history")) {
                continue;
            }
            if (headMembers.contains(member.getKey()) || ProjectCodec.HEAD_FIELDS.contains(member.getKey())) {
                // A member twice, or a known one after the history: the head was not the whole story.
                throw new BadInputException(InputProblem.NOT_JSON, 0, 0);
            }
            after.put(member.getKey(), member.getValue());
        }
        return new HistorySource.Content(ProjectCodec.historyOf(tailRoot), JsonUnknownFields.of(after));
    }

    private Outcome wholeFile() {
        try {
            byte[] bytes = TextFiles.readBytes(file, TextFiles.MAX_BYTES);
            Project project = codec.decode(bytes);
            Map<String, JsonNode> after = new LinkedHashMap<>(JsonUnknownFields.fieldsOf(project.unknownFields()));
            after.keySet().removeAll(headMembers);
            String sha256 = FileStamp.sha256(bytes);
            boolean sameHead = bytes.length >= tailStart && MessageDigest.isEqual(digestOfHead().digest(), headOf(bytes));
            return new Outcome(new HistorySource.Content(project.history(), JsonUnknownFields.of(after)),
                    sameHead ? sha256 : CHANGED + sha256, null);
        } catch (BadInputException e) {
            return new Outcome(null, null, e);
        } catch (UnreadableHistoryException e) {
            return new Outcome(null, null, e.problem());
        }
    }

    private byte[] headOf(byte[] bytes) {
        MessageDigest digest = FileStamp.newDigest();
        digest.update(bytes, 0, tailStart);
        return digest.digest();
    }

    private MessageDigest digestOfHead() {
        try {
            return (MessageDigest) headDigest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }
}

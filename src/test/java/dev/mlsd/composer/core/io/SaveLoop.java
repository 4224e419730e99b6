package dev.mlsd.composer.core.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Child process of {@link AtomicWriterKillTest}: saves versions N, N+1, N+2 … of one file with
 * {@link AtomicFileWriter} until it is killed. Arguments: the target path, the first version and a
 * report file. After each save it prints {@code saved <version>} on stdout, so the parent knows a
 * save has completed without polling, and appends the same line to the report file: the parent
 * counts the saves from that file after the kill, because the JDK may drop the last lines a killed
 * child wrote into its stdout pipe (seen under load: a file two versions ahead of the last line read).
 *
 * <p>Not a test class (its name matches neither {@code *Test} nor {@code *Properties}).
 */
public final class SaveLoop {

    /** Bytes after the first line: 1 MiB, derived from the version number. */
    static final int BODY_BYTES = 1 << 20;

    private static final String HEADER_PREFIX = "version ";

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SaveLoop <target> <first version> <report file>");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        long version = Long.parseLong(args[1]);
        AtomicFileWriter writer = new AtomicFileWriter();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        try (FileOutputStream report = new FileOutputStream(args[2], true)) {
            while (true) {
                writer.write(target, content(version));
                byte[] line = ("saved " + version + "\n").getBytes(StandardCharsets.US_ASCII);
                report.write(line); // one write(2): in the kernel before the next save starts, whatever kills the child
                out.print("saved " + version + "\n");
                out.flush();
                version++;
            }
        }
    }

    /**
     * The content of version {@code n}: the line {@code version n\n}, then {@link #BODY_BYTES}
     * pseudo-random bytes seeded by {@code n}, so two versions differ almost everywhere and a mix
     * or a truncated file never equals {@code content(k)} for the {@code k} of its first line.
     */
    static byte[] content(long n) {
        byte[] header = (HEADER_PREFIX + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(header, header.length + BODY_BYTES);
        SplittableRandom random = new SplittableRandom(0x5DEECE66DL * n + 0x9E3779B97F4A7C15L);
        int i = header.length;
        while (i < bytes.length) {
            long word = random.nextLong();
            for (int b = 0; b < 8 && i < bytes.length; b++, i++) {
                bytes[i] = (byte) (word >>> (8 * b));
            }
        }
        return bytes;
    }

    /**
     * The version named by the first line of {@code bytes}, or -1 when there is no well-formed
     * {@code version N} first line (an empty or damaged file).
     */
    static long versionOf(byte[] bytes) {
        int limit = Math.min(bytes.length, HEADER_PREFIX.length() + 20);
        int nl = -1;
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl <= HEADER_PREFIX.length()) {
            return -1;
        }
        String line = new String(bytes, 0, nl, StandardCharsets.US_ASCII);
        if (!line.startsWith(HEADER_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(line.substring(HEADER_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

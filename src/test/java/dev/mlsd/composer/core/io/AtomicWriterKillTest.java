package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process in the middle of its saves, again and again, and checks that the file on
 * disk is always one whole version: the old one or the new one, never a mix, never empty, never
 * cut short. The child is {@link SaveLoop}, which saves 1 MiB versions with {@link AtomicFileWriter}
 * in a loop; every round starts from the file the previous round left.
 */
class AtomicWriterKillTest {

    private static final int ROUNDS = 50;
    private static final long SEED = 0x4D4C5344L; // "MLSD"
    private static final int MIN_DELAY_MS = 150;
    private static final int MAX_DELAY_MS = 900;
    private static final long FIRST_SAVE_DEADLINE_S = 30;
    private static final String NAME = "project" + ProjectStore.EXTENSION;
    private static final String BACKUP = NAME + AtomicFileWriter.BACKUP_SUFFIX;

    @TempDir
    Path tmp;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewVersionNeverAMix() throws Exception {
        long began = System.nanoTime();
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Path target = dir.resolve(NAME);
        String classPath = childClassPath(Files.createDirectories(tmp.resolve("classes")));
        Random random = new Random(SEED);

        int valid = 0;
        int withoutSave = 0;
        int backups = 0;
        int backupSameAsTarget = 0;
        int newVersionLanded = 0;
        long minVersion = Long.MAX_VALUE;
        long maxVersion = Long.MIN_VALUE;
        long totalSaves = 0;
        int minSaves = Integer.MAX_VALUE;
        int maxSaves = 0;
        long nextVersion = 1;

        for (int round = 1; round <= ROUNDS; round++) {
            int delayMs = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);
            Path errLog = logs.resolve("round-" + round + ".err");
            String context = "round " + round + " (first version " + nextVersion + ", delay " + delayMs + " ms)";
            Path report = logs.resolve("round-" + round + ".saves");
            Process child = startChild(classPath, target, nextVersion, errLog, report);
            ChildOutput output = ChildOutput.drain(child);
            try {
                try {
                    long first = output.firstSave.get(FIRST_SAVE_DEADLINE_S, TimeUnit.SECONDS);
                    assertThat(first).as(context).isEqualTo(nextVersion);
                    assertThat(target).as(context + ": the target after the first save").isRegularFile();
                    Thread.sleep(delayMs); // the stimulus: a random point in the save loop, not synchronisation
                } catch (TimeoutException e) {
                    withoutSave++; // kill it anyway: a kill before any save must leave the old file
                } catch (ExecutionException e) {
                    fail(context + ": the child stopped before its first save, exit "
                            + exitCode(child) + ", stderr:\n" + Files.readString(errLog), e.getCause());
                }
                assertThat(child.isAlive()).as(context + ": the child is still saving when it is killed; stderr:\n%s",
                        readQuietly(errLog)).isTrue();
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as(context + ": the killed child ends").isTrue();
                output.thread.join(TimeUnit.SECONDS.toMillis(30));
            }

            // The saves the child completed, from its report file (its stdout pipe may lose the last lines).
            List<String> reported = Files.exists(report) ? Files.readAllLines(report, StandardCharsets.US_ASCII) : List.of();
            int saves = reported.size();
            long lastSaved = reported.isEmpty() ? -1 : Long.parseLong(reported.get(saves - 1).substring("saved ".length()));
            assertThat(saves).as(context + ": the saves read from the pipe are among those reported").isGreaterThanOrEqualTo(output.saves);
            totalSaves += saves;
            minSaves = Math.min(minSaves, saves);
            maxSaves = Math.max(maxSaves, saves);

            // Only the target, its backup and temporary files that cannot be taken for projects.
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.equals(NAME) || name.equals(BACKUP)) {
                        continue;
                    }
                    assertThat(name).as(context + ": a leftover file")
                            .startsWith("." + NAME + ".")
                            .endsWith(AtomicFileWriter.TEMP_SUFFIX)
                            .doesNotEndWith(ProjectStore.EXTENSION);
                }
            }

            assertThat(target).as(context + ": the target after the kill").isRegularFile();
            byte[] bytes = Files.readAllBytes(target);
            long version = checkWhole(bytes, context + ": the target");
            // A save the child reported is on disk; at most the one after it can have landed too.
            if (lastSaved >= 0) {
                assertThat(version).as(context + ": target version vs last reported save " + lastSaved)
                        .isBetween(lastSaved, lastSaved + 1);
                if (version == lastSaved + 1) {
                    newVersionLanded++;
                }
            } else {
                assertThat(version).as(context + ": target version with no reported save")
                        .isBetween(nextVersion - 1, nextVersion);
            }

            Path backup = dir.resolve(BACKUP);
            if (Files.exists(backup)) {
                backups++;
                long backupVersion = checkWhole(Files.readAllBytes(backup), context + ": the backup");
                assertThat(backupVersion).as(context + ": backup version vs target " + version)
                        .isBetween(version - 1, version);
                if (backupVersion == version) {
                    backupSameAsTarget++;
                }
            }

            valid++;
            minVersion = Math.min(minVersion, version);
            maxVersion = Math.max(maxVersion, version);
            nextVersion = version + 1; // the next round overwrites what this one left, like a reopened app
        }

        long leftovers;
        try (Stream<Path> files = Files.list(dir)) {
            leftovers = files.filter(f -> f.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).count();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "kill test: %d rounds, %d valid, %d killed before a save, versions seen %d..%d, "
                        + "saves per round %d..%d (%d total), in-flight version landed in %d rounds, "
                        + "backup present in %d rounds (same as target in %d), %d leftover temp files, %.1f s%n",
                ROUNDS, valid, withoutSave, minVersion, maxVersion, minSaves, maxSaves, totalSaves,
                newVersionLanded, backups, backupSameAsTarget, leftovers, seconds);
        assertThat(valid).isEqualTo(ROUNDS);
        assertThat(withoutSave).as("rounds killed before the child's first save").isLessThanOrEqualTo(ROUNDS / 10);
    }

    /** Asserts that {@code bytes} are exactly one version's content and returns that version. */
    private static long checkWhole(byte[] bytes, String what) {
        assertThat(bytes.length).as(what + " is not empty").isPositive();
        long version = SaveLoop.versionOf(bytes);
        assertThat(version).as(what + " starts with a 'version N' line; first bytes: "
                + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 24)))).isNotNegative();
        byte[] expected = SaveLoop.content(version);
        assertThat(bytes.length).as(what + " has the whole length of version " + version).isEqualTo(expected.length);
        int mismatch = Arrays.mismatch(bytes, expected);
        assertThat(mismatch).as(what + " is exactly version " + version + " (first differing byte)").isEqualTo(-1);
        return version;
    }

    /**
     * A private copy of the compiled {@code core.io} package (the writer and what it uses) and of
     * {@link SaveLoop}, then this JVM's class path. Other builds may recompile {@code target/classes}
     * while the test runs; the copy keeps every round's child on the same, complete classes. (The
     * class path may be Surefire's manifest-only jar; that works as a class path too.)
     */
    private static String childClassPath(Path snapshot) throws IOException {
        for (Class<?> type : List.of(AtomicFileWriter.class, SaveLoop.class)) {
            Path root;
            try {
                root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException | RuntimeException e) {
                continue; // not a folder of classes: the class path alone has to do
            }
            String pkg = type.getPackageName().replace('.', '/');
            Path from = root.resolve(pkg);
            if (!Files.isDirectory(from)) {
                continue;
            }
            Path to = Files.createDirectories(snapshot.resolve(pkg));
            try (Stream<Path> classes = Files.list(from)) {
                for (Path file : (Iterable<Path>) classes::iterator) {
                    if (file.getFileName().toString().endsWith(".class")) {
                        Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return snapshot + java.io.File.pathSeparator + System.getProperty("java.class.path");
    }

    private static Process startChild(String classPath, Path target, long firstVersion, Path errLog, Path report) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", classPath,
                SaveLoop.class.getName(), target.toString(), Long.toString(firstVersion), report.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(errLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        return process;
    }

    private static String exitCode(Process process) {
        return process.isAlive() ? "(still running)" : Integer.toString(process.exitValue());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Reads the child's {@code saved N} lines until it dies; completes {@link #firstSave} on the first. */
    private static final class ChildOutput implements Runnable {
        final CompletableFuture<Long> firstSave = new CompletableFuture<>();
        final Process process;
        Thread thread;
        volatile int saves;

        private ChildOutput(Process process) {
            this.process = process;
        }

        static ChildOutput drain(Process process) {
            ChildOutput output = new ChildOutput(process);
            output.thread = new Thread(output, "kill-test-child-stdout");
            output.thread.setDaemon(true);
            output.thread.start();
            return output;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        long version = Long.parseLong(line.substring("saved ".length()));
                        saves++;
                        firstSave.complete(version);
                    }
                }
            } catch (IOException | RuntimeException e) {
                firstSave.completeExceptionally(e);
            }
            firstSave.completeExceptionally(new IOException("the child's output ended"));
        }
    }
}

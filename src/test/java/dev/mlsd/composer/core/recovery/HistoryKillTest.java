package dev.mlsd.composer.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process (kill -9) while it records versions and pastes answers, again and again: the
 * project file always loads with every version and answer the process reported saved, and the
 * recovery journal it leaves holds every one it reported journalled.
 */
class HistoryKillTest {

    private static final int ROUNDS = 6;

    @TempDir
    Path tmp;

    @Test
    void aKillDuringVersionAndAnswerWritesLosesNothing() throws Exception {
        Path target = tmp.resolve("project.mlsd");
        Path journals = tmp.resolve("journal");
        ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
        Random random = new Random(15);
        int landed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String context = "round " + round;
            Path errLog = tmp.resolve("round-" + round + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    HistoryWriteLoop.class.getName(), target.toString(), journals.toString())
                    .redirectError(errLog.toFile()).start();
            AtomicInteger savedVersions = new AtomicInteger(-1);
            AtomicInteger savedAnswers = new AtomicInteger(-1);
            AtomicInteger journalledVersions = new AtomicInteger(-1);
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] parts = line.split(" ");
                        if (parts[0].equals("saved")) {
                            savedVersions.set(Integer.parseInt(parts[1]));
                            savedAnswers.set(Integer.parseInt(parts[2]));
                            firstSave.countDown();
                        } else if (parts[0].equals("journalled")) {
                            journalledVersions.set(Integer.parseInt(parts[1]));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed: its output ends
                }
            });
            reader.start();
            try {
                assertThat(firstSave.await(60, TimeUnit.SECONDS)).as(context + ": a first save; stderr: " + readQuietly(errLog)).isTrue();
                Thread.sleep(100 + random.nextInt(900)); // the stimulus: a random point in the write loop, not synchronisation
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                reader.join(TimeUnit.SECONDS.toMillis(30));
            }

            Project onDisk = store.load(target);
            int versions = onDisk.history().versions().size();
            assertThat(versions).as(context + ": versions on disk vs last reported save").isBetween(savedVersions.get(), savedVersions.get() + 1);
            assertThat(onDisk.history().answers().size()).as(context + ": answers").isGreaterThanOrEqualTo(savedAnswers.get());
            landed += versions - savedVersions.get();
            for (Version version : onDisk.history().versions()) {
                assertThat(version.section("problem")).as(context).startsWith("step " + version.number() + "\n");
            }
            for (Answer answer : onDisk.history().answers()) {
                assertThat(answer.text()).startsWith("answer to step " + answer.version() + "\n");
            }
            assertThat(onDisk.history().accepted().orElseThrow().version()).isEqualTo(onDisk.history().latest().orElseThrow().number());

            List<RecoveryJournal.Orphan> orphans = RecoveryJournal.orphans(journals, "");
            assertThat(orphans).as(context + ": the killed process's journal").hasSize(1);
            RecoveryJournal.Orphan orphan = orphans.get(0);
            assertThat(orphan.readable()).as(context + ": " + orphan.problem()).isTrue();
            assertThat(orphan.entry().project().history().versions().size()).as(context + ": journalled versions")
                    .isBetween(journalledVersions.get(), journalledVersions.get() + 1);
            RecoveryJournal.discard(orphan);
        }
        System.out.println("history kill test: " + ROUNDS + " rounds, " + landed + " killed during a save that still landed");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}

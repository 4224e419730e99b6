package dev.mlsd.composer.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {

    @TempDir
    Path dir;

    private final Project project = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(),
            Map.of("problem", "draft"), Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void writesItsOwnFileAndClearsIt() throws Exception {
        try (RecoveryJournal journal = RecoveryJournal.open(dir, new AtomicFileWriter())) {
            journal.write(new JournalEntry(null, Instant.now(), project));
            assertThat(Files.readString(journal.file(), StandardCharsets.UTF_8)).contains("--- section problem 5 ---\ndraft\n");
            journal.clear();
            assertThat(journal.file()).doesNotExist();
            assertThat(journal.orphans()).isEmpty();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("a clean exit leaves nothing behind").isEmpty();
        }
    }

    @Test
    void twoInstancesNeverShareAJournal() throws Exception {
        try (RecoveryJournal a = RecoveryJournal.open(dir, new AtomicFileWriter());
             RecoveryJournal b = RecoveryJournal.open(dir, new AtomicFileWriter())) {
            assertThat(a.file()).isNotEqualTo(b.file());
        }
    }

    @Test
    void aJournalLeftWithItsLockFreeIsAnOrphanAndCanBeDiscarded() throws Exception {
        RecoveryJournal crashed = RecoveryJournal.open(dir, new AtomicFileWriter());
        crashed.write(new JournalEntry(dir.resolve("p.mlsd"), Instant.parse("2026-02-02T00:00:00Z"), project));
        crashed.close();
        try (RecoveryJournal next = RecoveryJournal.open(dir, new AtomicFileWriter())) {
            List<RecoveryJournal.Orphan> orphans = next.orphans();
            assertThat(orphans).hasSize(1);
            assertThat(orphans.get(0).entry().file()).isEqualTo(dir.resolve("p.mlsd"));
            assertThat(orphans.get(0).entry().project().section("problem")).isEqualTo("draft");
            RecoveryJournal.discard(orphans.get(0));
            assertThat(next.orphans()).isEmpty();
        }
    }

    @Test
    void aDamagedJournalIsReportedNotDropped() throws Exception {
        Files.writeString(dir.resolve("dead.journal"), "MLSD Composer recovery journal 1\n--- file 4");
        try (RecoveryJournal next = RecoveryJournal.open(dir, new AtomicFileWriter())) {
            List<RecoveryJournal.Orphan> orphans = next.orphans();
            assertThat(orphans).hasSize(1);
            assertThat(orphans.get(0).readable()).isFalse();
            assertThat(orphans.get(0).problem()).isNotBlank();
        }
        assertThat(dir.resolve("dead.journal")).exists();
    }

    @Test
    void theJournalOfALiveProcessIsLeftAloneAndBecomesAnOrphanWhenItIsKilled() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldJournal.class.getName(), dir.toString(), "typed in the other instance")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            try (RecoveryJournal mine = RecoveryJournal.open(dir, new AtomicFileWriter())) {
                assertThat(mine.orphans()).as("the other instance is alive").isEmpty();
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                List<RecoveryJournal.Orphan> orphans = mine.orphans();
                assertThat(orphans).hasSize(1);
                assertThat(orphans.get(0).entry().project().section("problem")).isEqualTo("typed in the other instance");
            }
        } finally {
            child.destroyForcibly();
        }
    }
}

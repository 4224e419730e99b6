package dev.mlsd.composer.ui.project;

import static dev.mlsd.composer.testing.WindowHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The journal's timing: 2 s after typing stops, and at least every 30 s of continuous typing. */
@ExtendWith(ApplicationExtension.class)
class JournalKeeperTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock();
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectViewModel model = new ProjectViewModel();
    private final Background background = new Background();
    private RecoveryJournal journal;

    @Start
    void start(Stage stage) throws Exception {
        journal = RecoveryJournal.open(dir, new AtomicFileWriter());
        model.open(Project.create(template, Map.of(), clock.instant()), template, null);
        new JournalKeeper(model, journal, background, clock, e -> { throw new AssertionError(e); });
    }

    @AfterEach
    void close() throws Exception {
        background.close();
        journal.close();
    }

    private String journalText() {
        try {
            return Files.exists(journal.file()) ? Files.readString(journal.file(), StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void continuousTypingIsJournalledAtLeastEvery30Seconds(FxRobot robot) {
        robot.interact(() -> model.editSection("problem", 0, 0, "a"));
        waitUntil(() -> journalText().contains("\na\n"));
        // Keystrokes every second for 31 s: the 2 s pause never comes, the 30 s rule writes anyway.
        for (int second = 1; second <= 31; second++) {
            clock.now = clock.now.plus(Duration.ofSeconds(1));
            String letter = String.valueOf((char) ('a' + second % 26));
            robot.interact(() -> model.editSection("problem", model.document().length("problem"), 0, letter));
        }
        waitUntil(() -> journalText().contains("--- section problem 31 ---"));
    }

    @Test
    void aPauseOfTwoSecondsWritesTheJournalAndSavingClearsIt(FxRobot robot) {
        robot.interact(() -> model.editSection("data", 0, 0, "x"));
        waitUntil(() -> journalText().contains("--- section data 1 ---"));
        robot.interact(() -> model.editSection("data", 1, 0, "y"));
        waitUntil(() -> journalText().contains("--- section data 2 ---\nxy\n"));
        robot.interact(() -> model.markSaved(dir.resolve("p.mlsd"), model.snapshot(clock.instant()), null, model.revision()));
        waitUntil(() -> !Files.exists(journal.file()));
    }
}

package dev.mlsd.composer.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryCandidatesTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
    private final Template template = templates.defaultTemplate();
    private final ProjectStore store = new ProjectStore(new ProjectCodec(), writer);

    private Project project(String problem) {
        return Project.create(template, Map.of("problem", problem), Instant.parse("2026-11-30T03:00:00Z"));
    }

    /** A journal as an instance that crashed leaves it: written, its lock released, never cleared. */
    private Path crashedWith(Path file, Project unsaved) throws Exception {
        RecoveryJournal crashed = RecoveryJournal.open(dir.resolve("journal"), writer);
        crashed.write(new JournalEntry(file, Instant.parse("2026-11-30T03:30:00Z"), unsaved));
        crashed.close();
        return crashed.file();
    }

    private List<RecoveryCandidates.Candidate> find() throws Exception {
        try (RecoveryJournal next = RecoveryJournal.open(dir.resolve("journal"), writer)) {
            return new RecoveryCandidates(next, store, templates).find();
        }
    }

    @Test
    void aJournalWithTextTheFileLacksIsOfferedWithTheChangedSectionsAndTheFileStamp() throws Exception {
        Path file = dir.resolve("churn.mlsd");
        FileStamp saved = store.save(file, project("saved line")).stamp();
        crashedWith(file, project("saved line\nunsaved line"));

        List<RecoveryCandidates.Candidate> found = find();

        assertThat(found).singleElement().isInstanceOf(RecoveryCandidates.Recoverable.class);
        RecoveryCandidates.Recoverable candidate = (RecoveryCandidates.Recoverable) found.get(0);
        assertThat(candidate.entry().file()).isEqualTo(file);
        assertThat(candidate.fileStamp()).isEqualTo(saved);
        assertThat(candidate.template().id()).isEqualTo(template.id());
        assertThat(candidate.changes()).singleElement().satisfies(change -> {
            assertThat(change.slotId()).isEqualTo("problem");
            assertThat(change.title()).isEqualTo(template.slot("problem").orElseThrow().title());
            assertThat(change.lines()).contains(new LineDiff.Line(LineDiff.Kind.ADDED, "unsaved line"));
        });
    }

    @Test
    void aJournalHoldingNothingNewIsRemovedWithoutBeingOffered() throws Exception {
        Path file = dir.resolve("churn.mlsd");
        store.save(file, project("all saved"));
        Path journal = crashedWith(file, project("all saved"));

        assertThat(find()).isEmpty();
        assertThat(journal).doesNotExist();
        try (var left = Files.list(dir.resolve("journal"))) {
            assertThat(left).as("only the lock of the instance that looked was there, and it ended cleanly").isEmpty();
        }
    }

    @Test
    void whenTheFileIsGoneOrUntitledEverythingInTheJournalIsNew() throws Exception {
        crashedWith(dir.resolve("deleted.mlsd"), project("only in the journal"));
        crashedWith(null, project("never saved"));

        List<RecoveryCandidates.Candidate> found = find();

        assertThat(found).hasSize(2).allSatisfy(c -> {
            RecoveryCandidates.Recoverable candidate = (RecoveryCandidates.Recoverable) c;
            assertThat(candidate.fileStamp()).isNull();
            assertThat(candidate.changes()).extracting(RecoveryCandidates.ChangedSection::slotId).containsExactly("problem");
        });
    }

    @Test
    void aJournalThatCannotBeReadIsReportedAndKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("journal"));
        Path broken = Files.writeString(folder.resolve("123-broken.journal"), "not a journal at all");

        List<RecoveryCandidates.Candidate> found = find();

        assertThat(found).singleElement().isInstanceOfSatisfying(RecoveryCandidates.Unreadable.class, unreadable -> {
            assertThat(unreadable.journal()).isEqualTo(broken);
            assertThat(unreadable.problem()).isNotBlank();
        });
        assertThat(broken).exists();
    }

    @Test
    void aJournalWhoseTemplateNoLongerParsesIsReportedAndTheOthersAreStillOffered() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("journal"));
        String journal = JournalFormat.encode(new JournalEntry(null, Instant.parse("2026-11-30T03:30:00Z"), project("text")));
        // Same length, so the journal's own framing stays valid: only the template inside is broken.
        String broken = journal.replace("\nid: " + template.id() + "\n", "\nix: " + template.id() + "\n");
        assertThat(broken).isNotEqualTo(journal);
        Path brokenJournal = Files.writeString(folder.resolve("1-broken-template.journal"), broken);
        crashedWith(null, project("still offered"));

        List<RecoveryCandidates.Candidate> found = find();

        assertThat(found).hasSize(2);
        assertThat(found).filteredOn(RecoveryCandidates.Unreadable.class::isInstance).singleElement()
                .satisfies(c -> {
                    RecoveryCandidates.Unreadable unreadable = (RecoveryCandidates.Unreadable) c;
                    assertThat(unreadable.journal()).isEqualTo(brokenJournal);
                    assertThat(unreadable.problem()).isEqualTo("the template it holds is broken: line 1: the front matter has no 'id'");
                });
        assertThat(found).filteredOn(RecoveryCandidates.Recoverable.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((RecoveryCandidates.Recoverable) c).entry().project().section("problem")).isEqualTo("still offered"));
        assertThat(brokenJournal).exists();
    }
}

package dev.mlsd.composer.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptEdit;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextCounts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The view-model without a window. */
class ProjectViewModelTest {

    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectViewModel model = new ProjectViewModel();

    private void open(Map<String, String> sections, Path file) {
        model.open(Project.create(template, sections, Instant.EPOCH), template, file);
    }

    @Test
    void editsMarkTheProjectChangedAndPassThePromptEditsOn() {
        open(Map.of("problem", "ab"), null);
        List<List<PromptEdit>> seen = new ArrayList<>();
        model.onSectionChange(change -> seen.add(change.promptEdits()));
        assertThat(model.isDirty()).isFalse();
        model.editSection("problem", 1, 0, "X");
        assertThat(model.isDirty()).isTrue();
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get(0).inserted()).isEqualTo("X");
        assertThat(model.document().text("problem")).isEqualTo("aXb");
        assertThat(model.promptText()).contains("\naXb\n");
    }

    @Test
    void countsFollowEdits() {
        open(Map.of("problem", "one two", "data", "three"), null);
        assertThat(model.document().sectionCounts()).isEqualTo(new TextCounts(12, 3));
        model.editSection("data", 5, 0, " four");
        assertThat(model.document().counts("data")).isEqualTo(new TextCounts(10, 2));
        assertThat(model.document().sectionCounts()).isEqualTo(new TextCounts(17, 4));
    }

    @Test
    void longLivedListenersFollowEachDocumentShown() {
        List<String> seen = new ArrayList<>();
        model.onSectionChange(change -> seen.add(change.slotId() + ":" + change.inserted()));
        open(Map.of(), null);
        model.editSection("problem", 0, 0, "a");
        open(Map.of(), Path.of("other.mlsd"));
        model.editSection("data", 0, 0, "b");
        assertThat(seen).containsExactly("problem:a", "data:b");
    }

    @Test
    void theSaveStateIsOneValueAndTheFileAndDirtyFlagAreReadFromIt() {
        open(Map.of(), Path.of("a.mlsd"));
        SaveState opened = model.saveState();
        assertThat(opened.file()).isEqualTo(Path.of("a.mlsd"));
        assertThat(opened.dirty()).isFalse();
        model.editSection("problem", 0, 0, "x");
        assertThat(model.saveState().revision()).isEqualTo(opened.revision() + 1);
        assertThat(model.saveState().savedRevision()).isEqualTo(opened.savedRevision());
        assertThat(model.dirtyProperty().get()).isTrue();
        model.discardChanges();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.file()).isEqualTo(Path.of("a.mlsd"));
    }

    @Test
    void theProjectKeepsNoCopyOfTheSectionsBesideTheDocument() {
        open(Map.of("problem", "first"), null);
        model.editSection("problem", 0, 5, "second");
        assertThat(model.snapshot(Instant.EPOCH).section("problem")).isEqualTo("second");
        model.change(Project.create(template, Map.of("problem", "switched"), Instant.EPOCH), template);
        assertThat(model.isDirty()).isTrue();
        assertThat(model.snapshot(Instant.EPOCH).section("problem")).isEqualTo("switched");
    }

    @Test
    void savingASnapshotKeepsLaterEditsUnsaved() {
        open(Map.of(), null);
        model.editSection("metrics", 0, 0, "a");
        Project snapshot = model.snapshot(Instant.parse("2026-01-01T00:00:00Z"));
        long revision = model.revision();
        model.editSection("metrics", 1, 0, "b");
        model.markSaved(Path.of("x.mlsd"), snapshot, null, revision);
        assertThat(model.isDirty()).as("typed during the save").isTrue();
        assertThat(model.file()).isEqualTo(Path.of("x.mlsd"));
        model.markSaved(Path.of("x.mlsd"), model.snapshot(Instant.now()), null, model.revision());
        assertThat(model.isDirty()).isFalse();
        assertThat(snapshot.section("metrics")).isEqualTo("a");
        assertThat(snapshot.modified()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(snapshot.created()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void locatesPreviewOffsets() {
        open(Map.of("metrics", "abc"), null);
        int start = model.document().assemble().spansOf("metrics").get(0).start();
        assertThat(model.locate(start + 2).slotId()).isEqualTo("metrics");
        assertThat(model.locate(start + 2).offsetInSlot()).isEqualTo(2);
    }

    @Test
    void theHistoryChangesOnlyThroughApplyHistoryAndIsKeptBySavesAndWholeProjectChanges() {
        open(Map.of("problem", "one"), Path.of("h.mlsd"));
        Instant t = Instant.parse("2026-11-30T06:00:00Z");
        Project first = model.snapshot(t);
        dev.mlsd.composer.core.model.History one = first.history().record(first, null, 10, t);
        model.applyHistory(one);
        assertThat(model.isDirty()).as("a version is a change like an edit").isTrue();
        assertThat(model.snapshot(t).history()).isSameAs(one);

        Project saving = model.snapshot(t);
        long savedAt = model.revision();
        dev.mlsd.composer.core.model.History two = one.record(saving.withSections(Map.of("problem", "two"), t), "later", 11, t);
        model.applyHistory(two);
        model.markSaved(Path.of("h.mlsd"), saving, null, savedAt);
        assertThat(model.history()).as("a version recorded during the save stays").isSameAs(two);
        assertThat(model.isDirty()).as("and is not on disk yet").isTrue();

        model.change(Project.create(template, Map.of("problem", "imported"), t), template);
        assertThat(model.history()).as("an import or restore changes the text, not the versions").isSameAs(two);

        long before = model.revision();
        model.applyHistory(two);
        assertThat(model.revision()).as("the same history again is no change").isEqualTo(before);

        open(Map.of(), Path.of("other.mlsd"));
        assertThat(model.history().versions()).isEmpty();
    }
}

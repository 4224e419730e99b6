package dev.mlsd.composer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The patch is the library's own, so its unified-diff writer and word-level row generator take it as it is. */
class LinePatchTest {

    @Test
    void unifiedDiffIsWrittenFromThePatch() {
        LinePatch patch = LinePatch.between("a\nb\nc\nd\ne", "a\nb\nC\nd\ne", LineDiff.MAX_EDITS);

        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", patch.before(), patch.patch(), 1);

        assertThat(unified).containsExactly("--- before", "+++ after", "@@ -2,3 +2,3 @@", " b", "-c", "+C", " d");
    }

    @Test
    void changedWordsAreMarkedInsideAChangedLine() {
        LinePatch patch = LinePatch.between("keep\nthe quick fox", "keep\nthe slow fox", LineDiff.MAX_EDITS);
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true)
                .oldTag(start -> start ? "[-" : "-]").newTag(start -> start ? "{+" : "+}").build();

        List<DiffRow> rows = generator.generateDiffRows(patch.before(), patch.patch());

        assertThat(rows).extracting(DiffRow::getOldLine).containsExactly("keep", "the [-quick-] fox");
        assertThat(rows).extracting(DiffRow::getNewLine).containsExactly("keep", "the {+slow+} fox");
    }

    @Test
    void beyondTheBoundThePatchIsOneChangeOfTheMiddle() {
        LinePatch patch = LinePatch.between("a\nb\nc\nd\ne", "a\nX\nc\nY\ne", 2);

        assertThat(patch.deltas()).hasSize(1);
        assertThat(patch.deltas().get(0).getSource().getPosition()).isEqualTo(1);
        assertThat(patch.deltas().get(0).getSource().getLines()).containsExactly("b", "c", "d");
        assertThat(patch.deltas().get(0).getTarget().getLines()).containsExactly("X", "c", "Y");
    }
}

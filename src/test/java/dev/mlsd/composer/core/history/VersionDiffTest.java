package dev.mlsd.composer.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.diff.WordMarks;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void changedWordsInsideAChangedLineAreMarked() {
        String before = "Предсказания раз в день, пакетно.";
        String after = "Предсказания раз в неделю, пакетно.";
        WordMarks.Marks marks = WordMarks.between(before, after);
        assertThat(marks.removed()).hasSize(1);
        assertThat(marks.added()).hasSize(1);
        WordMarks.Range removed = marks.removed().get(0);
        WordMarks.Range added = marks.added().get(0);
        assertThat(before.substring(removed.start(), removed.end())).isEqualTo("день");
        assertThat(after.substring(added.start(), added.end())).isEqualTo("неделю");
    }

    @Test
    void theSummaryCountsWordsPerChangedSection() {
        Map<String, String> before = Map.of("problem", "Снизить отток абонентов", "data", "DWH");
        Map<String, String> after = Map.of("problem", "Снизить отток активных абонентов на 10", "data", "DWH");
        assertThat(VersionDiff.summary(before, after)).containsExactly(new VersionDiff.WordChange("problem", 3, 0));
        assertThat(VersionDiff.sections(before, after).get("problem")).extracting(LineDiff.Line::kind)
                .containsExactly(LineDiff.Kind.REMOVED, LineDiff.Kind.ADDED);
        assertThat(VersionDiff.sections(before, after).get("data")).extracting(LineDiff.Line::kind).containsExactly(LineDiff.Kind.SAME);
    }
}

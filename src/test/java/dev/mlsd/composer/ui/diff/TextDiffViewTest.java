package dev.mlsd.composer.ui.diff;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.ui.i18n.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The one diff view: recovery and template dialogs, versions in the history panel, answers. */
@ExtendWith(ApplicationExtension.class)
class TextDiffViewTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void showsChangesWithTwoLinesOfContextAndFoldsTheRest() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 10\n", "line ten\n");
        List<DiffSection> sections = List.of(DiffSection.of("2. Metrics", LineDiff.diff(before.toString(), after)));
        String shown = onFx(() -> {
            TextDiffView view = new TextDiffView(new Messages(Locale.ENGLISH));
            view.show(sections);
            return view.area().getText();
        });
        assertThat(shown).isEqualTo("2. Metrics\n"
                + "  ⋯ 7 unchanged lines\n"
                + "  line 8\n  line 9\n"
                + "− line 10\n"
                + "+ line ten\n"
                + "  line 11\n  line 12\n"
                + "  ⋯ 9 unchanged lines\n"
                + "\n");
    }

    @Test
    void marksTheChangedWordsInsideAChangedLine() {
        DiffSection section = DiffSection.between("Prompt", "Predict churn weekly\nkeep", "Predict churn daily\nkeep");
        TextDiffView view = onFx(() -> {
            TextDiffView made = new TextDiffView(new Messages(Locale.ENGLISH));
            made.show(List.of(section));
            return made;
        });
        String text = onFx(() -> view.area().getText());
        assertThat(text).isEqualTo("Prompt\n− Predict churn weekly\n+ Predict churn daily\n  keep\n\n");
        int weekly = text.indexOf("weekly");
        int daily = text.indexOf("daily");
        assertThat(styleAt(view, weekly)).containsExactlyInAnyOrder("diff-removed", "diff-mark");
        assertThat(styleAt(view, weekly + 5)).containsExactlyInAnyOrder("diff-removed", "diff-mark");
        assertThat(styleAt(view, text.indexOf("churn weekly"))).containsExactly("diff-removed");
        assertThat(styleAt(view, daily)).containsExactlyInAnyOrder("diff-added", "diff-mark");
        assertThat(styleAt(view, text.indexOf("churn daily"))).containsExactly("diff-added");
        assertThat(styleAt(view, text.indexOf("keep"))).containsExactly("diff-same");
    }

    @Test
    void aLineWithoutPartnerHasNoWordMarksAndNothingShowsNothing() {
        DiffSection section = DiffSection.between("", "a", "a\nnew line");
        assertThat(section.lines()).extracting(DiffSection.Line::kind)
                .containsExactly(LineDiff.Kind.SAME, LineDiff.Kind.ADDED);
        assertThat(section.lines().get(1).marks()).isEmpty();
        assertThat(section.differs()).isTrue();
        assertThat(DiffSection.between("", "same", "same").differs()).isFalse();
        assertThat(onFx(() -> {
            TextDiffView view = new TextDiffView(new Messages(Locale.ENGLISH));
            view.show(List.of(section));
            view.show(List.of());
            return view.area().getText();
        })).isEmpty();
    }

    private static Collection<String> styleAt(TextDiffView view, int offset) {
        return onFx(() -> view.area().getStyleAtPosition(offset + 1));
    }

    @Test
    void aLongTextFillsInOverFramesAndANewerShowStopsAnOlderOne() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= TextDiffView.LINES_PER_FRAME * 5 + 7; i++) {
            lines.append("line ").append(i).append('\n');
        }
        String prompt = lines.toString();
        TextDiffView view = onFx(() -> new TextDiffView(new Messages(Locale.ENGLISH)));
        TextDiffView.Prepared older = TextDiffView.preparePlain("older " + prompt);
        TextDiffView.Prepared newer = TextDiffView.preparePlain(prompt);

        int firstFrame = onFx(() -> {
            view.show(older);
            view.show(newer);
            return view.area().getParagraphs().size();
        });
        assertThat(firstFrame).as("the first lines at once, not the whole").isEqualTo(TextDiffView.LINES_PER_FRAME + 1);
        assertThat(onFx(view::isFilled)).isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(view::isFilled));
        assertThat(onFx(() -> view.area().getText())).as("the newer text, whole and once").isEqualTo(prompt);
    }
}

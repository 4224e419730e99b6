package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.text.TextSearch.Match;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.editor.MarkdownArea;
import dev.mlsd.composer.ui.editor.SectionEditor;
import dev.mlsd.composer.ui.preview.PreviewPane;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What the find bar searches, in order: the shown sections' editors, the answer editor (edited as a
 * section is), then the preview (read-only: its matches are highlighted and stepped through, never
 * replaced).
 */
final class FindTargets {

    /** Highlighting every match of a common letter in 1 MB would restyle the whole text; the count stays exact. */
    private static final int HIGHLIGHT_LIMIT = 1_000;

    private final EditorColumn editors;
    private final AnswerTarget answer;
    private final PreviewPane preview;
    private final ProjectViewModel model;

    FindTargets(EditorColumn editors, AnswerTarget answer, PreviewPane preview, ProjectViewModel model) {
        this.editors = editors;
        this.answer = answer;
        this.preview = preview;
        this.model = model;
    }

    AnswerTarget answer() {
        return answer;
    }

    Found.Snapshot snapshot() {
        List<SectionEditor> shown = editors.editors();
        PromptDocument document = model.document();
        Map<String, String> sections = document.sections();
        List<String> texts = shown.stream().map(e -> sections.getOrDefault(e.slot().id(), "")).toList();
        return new Found.Snapshot(document, model.revision(), shown, texts, answer.text(), answer.revision(), document.template(), sections);
    }

    /** Whether {@code snapshot} still holds the texts shown now. */
    boolean isCurrent(Found.Snapshot snapshot) {
        return snapshot.document() == model.document() && snapshot.revision() == model.revision()
                && snapshot.answerRevision() == answer.revision();
    }

    /** Highlights the first matches of {@code result} in every section, the answer and the preview; null clears them all. */
    void highlight(Found result) {
        int left = HIGHLIGHT_LIMIT;
        List<SectionEditor> shown = editors.editors();
        for (int i = 0; i <= shown.size() + 1; i++) {
            List<Match> matches = result == null || i >= result.perSection().size() ? List.of() : result.perSection().get(i);
            List<Match> highlighted = matches.subList(0, Math.min(matches.size(), Math.max(0, left)));
            left -= highlighted.size();
            if (i < shown.size()) {
                shown.get(i).showMatches(highlighted);
            } else if (i == shown.size()) {
                answer.area().showMatches(highlighted);
            } else {
                preview.showMatches(highlighted);
            }
        }
    }

    /** The text area of {@code section} of {@code snapshot}: a section's editor, the answer's, or the preview. */
    GenericStyledArea<?, ?, ?> area(Found.Snapshot snapshot, int section) {
        if (snapshot.isPreview(section)) {
            return preview.area();
        }
        MarkdownArea answerArea = answer.area();
        return snapshot.isAnswer(section) ? answerArea : snapshot.editors().get(section).area();
    }

    /** Selects a match and scrolls to it (showing the answer's tab for the answer's), leaving the focus where it is (in the find bar). */
    void select(Found.Snapshot snapshot, Found.Hit hit) {
        if (snapshot.isAnswer(hit.section())) {
            answer.reveal();
        }
        GenericStyledArea<?, ?, ?> area = area(snapshot, hit.section());
        area.selectRange(hit.match().start(), hit.match().end());
        area.requestFollowCaret();
    }

    /**
     * Where a search from the caret starts: the index of the area among the snapshot's (sections,
     * the answer, then the preview) that is {@code focused}, and the offset there; the start of the
     * first section when none is.
     */
    int[] caret(Found.Snapshot snapshot, GenericStyledArea<?, ?, ?> focused, boolean forward) {
        for (int i = 0; i <= snapshot.editors().size() + 1; i++) {
            GenericStyledArea<?, ?, ?> area = area(snapshot, i);
            if (area == focused) {
                return new int[] {i, forward ? area.getSelection().getStart() : area.getSelection().getEnd()};
            }
        }
        return new int[] {0, 0};
    }
}

package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.AssembledPrompt;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.prompt.Span;
import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.core.text.TextSearch.Match;
import dev.mlsd.composer.ui.editor.SectionEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The matches of one search over every section, in order, then over the answer shown in the answer
 * editor, and then over the preview's own text (the template's part of the prompt: the sections'
 * part is found in their editors, once); {@code truncated} when counting stopped at the limit.
 * {@code perSection} has one list per section editor, one for the answer and a last one for the preview.
 */
record Found(Snapshot snapshot, TextSearch search, List<Hit> hits, List<List<Match>> perSection, boolean truncated) {

    /** A match in the section at {@code section} of the snapshot's editors, in the answer when it is their count, else in the preview. */
    record Hit(int section, Match match) {
    }

    /**
     * The texts searched, read on the FX thread at one revision of one document: the sections' texts
     * in the editors' order, the answer editor's text ("" when it shows none) at its own revision,
     * and the template and sections the preview's prompt is assembled from.
     */
    record Snapshot(PromptDocument document, long revision, List<SectionEditor> editors, List<String> texts, String answer,
                    long answerRevision, Template template, Map<String, String> sections) {

        /** Whether {@code section} is the answer, searched and replaced in as a section is. */
        boolean isAnswer(int section) {
            return section == editors.size();
        }

        /** Whether {@code section} is the preview, searched but never replaced in. */
        boolean isPreview(int section) {
            return section == editors.size() + 1;
        }

        /** The texts that can be replaced in: the sections', then the answer's. */
        List<String> editable() {
            List<String> all = new ArrayList<>(texts);
            all.add(answer);
            return all;
        }
    }

    /** Searches the snapshot's sections in order, then the answer, then the prompt; meant for a worker thread (it reads only the immutable snapshot). */
    static Found search(Snapshot snapshot, TextSearch search, int limit) {
        List<Hit> hits = new ArrayList<>();
        List<List<Match>> perSection = new ArrayList<>();
        boolean truncated = false;
        List<String> editable = snapshot.editable();
        for (int i = 0; i < editable.size(); i++) {
            TextSearch.Matches matches = truncated ? new TextSearch.Matches(List.of(), true)
                    : search.find(editable.get(i), limit - hits.size());
            truncated |= matches.truncated();
            perSection.add(matches.list());
            for (Match m : matches.list()) {
                hits.add(new Hit(i, m));
            }
        }
        List<Match> inPreview = List.of();
        if (!truncated) {
            AssembledPrompt prompt = new PromptAssembler().assemble(snapshot.template(), snapshot.sections());
            TextSearch.Matches matches = search.find(prompt.text(), Integer.MAX_VALUE);
            inPreview = outsideSections(matches.list(), prompt.spans()).stream().limit(limit - hits.size()).toList();
            truncated = inPreview.size() == limit - hits.size() && matches.list().size() > inPreview.size();
        }
        perSection.add(inPreview);
        for (Match m : inPreview) {
            hits.add(new Hit(editable.size(), m));
        }
        return new Found(snapshot, search, List.copyOf(hits), perSection, truncated);
    }

    /** The matches not wholly inside one section's text (both in order). */
    private static List<Match> outsideSections(List<Match> matches, List<Span> spans) {
        List<Match> outside = new ArrayList<>();
        int s = 0;
        for (Match m : matches) {
            while (s < spans.size() && spans.get(s).end() <= m.start()) {
                s++;
            }
            boolean inSection = s < spans.size() && !spans.get(s).fromTemplate() && spans.get(s).start() <= m.start()
                    && m.end() <= spans.get(s).end();
            if (!inSection) {
                outside.add(m);
            }
        }
        return outside;
    }
}

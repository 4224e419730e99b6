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
 * The matches of one search over every section, in order, and then over the preview's own text
 * (the template's part of the prompt: the sections' part is found in their editors, once);
 * {@code truncated} when counting stopped at the limit. {@code perSection} has one list per
 * section editor and a last one for the preview.
 */
record Found(Snapshot snapshot, TextSearch search, List<Hit> hits, List<List<Match>> perSection, boolean truncated) {

    /** A match in the section at {@code section} of the snapshot's editors, or in the preview when it is their count. */
    record Hit(int section, Match match) {
    }

    /**
     * The texts searched, read on the FX thread at one revision of one document: the sections' texts
     * in the editors' order, and the template and sections the preview's prompt is assembled from.
     */
    record Snapshot(PromptDocument document, long revision, List<SectionEditor> editors, List<String> texts, Template template,
                    Map<String, String> sections) {

        /** Whether {@code section} is the preview, searched but never replaced in. */
        boolean isPreview(int section) {
            return section == editors.size();
        }
    }

    /** Searches the snapshot's sections in order, then the prompt; meant for a worker thread (it reads only the immutable snapshot). */
    static Found search(Snapshot snapshot, TextSearch search, int limit) {
        List<Hit> hits = new ArrayList<>();
        List<List<Match>> perSection = new ArrayList<>();
        boolean truncated = false;
        for (int i = 0; i < snapshot.texts().size(); i++) {
            TextSearch.Matches matches = truncated ? new TextSearch.Matches(List.of(), true)
                    : search.find(snapshot.texts().get(i), limit - hits.size());
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
            hits.add(new Hit(snapshot.texts().size(), m));
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

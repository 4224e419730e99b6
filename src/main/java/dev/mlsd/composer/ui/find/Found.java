package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.core.text.TextSearch.Match;
import dev.mlsd.composer.ui.editor.SectionEditor;
import java.util.ArrayList;
import java.util.List;

/** The matches of one search over every section, in order; {@code truncated} when counting stopped at the limit. */
record Found(Snapshot snapshot, TextSearch search, List<Hit> hits, List<List<Match>> perSection, boolean truncated) {

    /** A match in the section at {@code section} of the snapshot's editors. */
    record Hit(int section, Match match) {
    }

    /** The texts searched, read on the FX thread at one revision of one document. */
    record Snapshot(PromptDocument document, long revision, List<SectionEditor> editors, List<String> texts) {
    }

    /** Searches the snapshot's sections in order; meant for a worker thread (it reads only the immutable snapshot). */
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
        return new Found(snapshot, search, List.copyOf(hits), perSection, truncated);
    }
}

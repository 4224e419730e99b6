package dev.mlsd.composer.ui.find;

import dev.mlsd.composer.core.text.TextSearch;
import dev.mlsd.composer.core.text.TextSearch.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * A replace all worked out off the FX thread: per section (and for the answer), the one range from its first match to
 * its last, and what goes there, so applying it is one edit (one undo step) per section.
 */
record ReplaceAll(List<Edit> edits, String error) {

    /** Replace {@code [from, to)} of section {@code section} with {@code text}, which replaced {@code count} matches. */
    record Edit(int section, int from, int to, String text, int count) {
    }

    static ReplaceAll edits(List<String> texts, TextSearch search, String replacement) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<Match> matches = search.find(text, Integer.MAX_VALUE).list();
            if (matches.isEmpty()) {
                continue;
            }
            TextSearch.Replaced replaced = search.replaceAll(text, replacement);
            if (replaced.failed()) {
                return new ReplaceAll(List.of(), replaced.error());
            }
            int from = matches.get(0).start();
            int to = matches.get(matches.size() - 1).end();
            String all = replaced.text();
            edits.add(new Edit(i, from, to, all.substring(from, all.length() - (text.length() - to)), replaced.count()));
        }
        return new ReplaceAll(List.copyOf(edits), null);
    }
}

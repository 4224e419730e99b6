package dev.mlsd.composer.core.importer;

/**
 * One heading of a {@link DocumentOutline}, ATX ({@code ## Title}) or setext ({@code Title} underlined
 * by {@code ===} / {@code ---}), wherever CommonMark reads one — also inside block quotes and list items.
 *
 * <p>All offsets are {@code String} indices into the text given to {@link DocumentOutline#parse(String)}.
 *
 * @param index           position in {@link DocumentOutline#headings()}, 0-based
 * @param level           1–6 ({@code ===} underline: 1, {@code ---} underline: 2)
 * @param text            the heading's text as it reads: its inline content flattened (emphasis, code and
 *                        link markers gone, escapes resolved, inline HTML dropped), whitespace collapsed
 * @param title           {@code text} normalized for matching ({@link DocumentOutline#normalizePlainTitle(String)}):
 *                        no leading numbering or "Stage 1:" prefix, no trailing colons or dots, lower case, ё → е
 * @param line            1-based line of the heading (its first line, for a multi-line setext heading)
 * @param start           offset where the heading's first line begins (before any {@code >} or list marker)
 * @param bodyStart       offset of the line after the heading (for a setext heading: after its underline),
 *                        or the text's length when the heading is on the last line
 * @param end             offset where its section ends: the start of the next heading of the same or a higher
 *                        level (a level number lower or equal), or the document's end; for a heading inside a
 *                        block quote or list item, no later than the line after that container's last line
 * @param tableOfContents whether the title is a table-of-contents title ("Содержание", "Table of Contents", …);
 *                        such sections are never mapped to a slot
 */
public record Heading(int index, int level, String text, String title, int line, int start, int bodyStart, int end,
                      boolean tableOfContents) {

    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level " + level);
        }
        if (start < 0 || bodyStart < start || end < bodyStart) {
            throw new IllegalArgumentException("offsets " + start + ", " + bodyStart + ", " + end);
        }
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }
}

package dev.mlsd.composer.core.prompt;

import dev.mlsd.composer.core.text.TextCounts;

/**
 * A section's text under edit, with its counts kept up to date by each edit: words never cross a
 * line break, so only the lines an edit touches are counted again.
 */
final class SectionText {

    private final StringBuilder text;
    /** The text as a String until the next edit: each check run copies every section, mostly unchanged ones. */
    private String copy;
    private long chars;
    private long words;

    SectionText(String initial) {
        text = new StringBuilder(initial);
        TextCounts counts = TextCounts.of(initial);
        chars = counts.chars();
        words = counts.words();
    }

    int length() {
        return text.length();
    }

    TextCounts counts() {
        return new TextCounts(chars, words);
    }

    void replace(int offset, int removedLength, String inserted) {
        int lineStart = lineStart(offset);
        int oldLineEnd = lineEnd(offset + removedLength);
        TextCounts before = TextCounts.of(text.subSequence(lineStart, oldLineEnd));
        copy = null;
        text.replace(offset, offset + removedLength, inserted);
        int newLineEnd = oldLineEnd + inserted.length() - removedLength;
        TextCounts after = TextCounts.of(text.subSequence(lineStart, newLineEnd));
        chars += after.chars() - before.chars();
        words += after.words() - before.words();
    }

    private int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private int lineEnd(int offset) {
        int i = offset;
        int n = text.length();
        while (i < n && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        if (copy == null) {
            copy = text.toString();
        }
        return copy;
    }
}

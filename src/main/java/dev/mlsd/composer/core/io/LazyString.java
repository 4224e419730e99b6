package dev.mlsd.composer.core.io;

/**
 * A string value of a document left unread: where it starts in its {@link JsonSource}, and how many
 * lines it holds once normalised ({@code -1}: not counted). It stands in the tree read by
 * {@link HistoryTree} where a long text would be.
 */
record LazyString(JsonSource source, long offset, int lines) {

    String read() {
        return source.stringAt(offset);
    }
}

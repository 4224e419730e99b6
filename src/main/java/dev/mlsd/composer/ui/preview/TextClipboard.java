package dev.mlsd.composer.ui.preview;

/** The system clipboard, as plain text. */
public interface TextClipboard {

    void putText(String text);
}

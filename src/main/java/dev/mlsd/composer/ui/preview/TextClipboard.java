package dev.mlsd.composer.ui.preview;

import java.util.Optional;

/** The system clipboard, as plain text. */
public interface TextClipboard {

    void putText(String text);

    /** The clipboard's plain text; empty when it holds none (it is empty, or holds only an image or files). */
    Optional<String> text();
}

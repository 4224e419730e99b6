package dev.mlsd.composer.ui.dialog;

/** The answer to "save the changes?". */
public enum UnsavedChoice {
    SAVE, DISCARD, CANCEL
}

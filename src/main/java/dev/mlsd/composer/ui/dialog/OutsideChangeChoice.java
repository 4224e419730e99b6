package dev.mlsd.composer.ui.dialog;

/** The answer when another program changed the file while the project has unsaved edits. */
public enum OutsideChangeChoice {
    /** Load the file as it is on disk; the unsaved edits are dropped. */
    RELOAD,
    /** Keep the edits and write them over the other program's version. */
    OVERWRITE,
    /** Keep the edits and save them under another name. */
    SAVE_AS,
    /** Decide later: nothing changes. */
    CANCEL
}

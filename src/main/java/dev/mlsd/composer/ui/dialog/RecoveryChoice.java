package dev.mlsd.composer.ui.dialog;

/** The answer to "restore the unsaved work found after a crash?". */
public enum RecoveryChoice {
    RESTORE, DISCARD, LATER
}

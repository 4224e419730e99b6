package dev.mlsd.composer.ui.dialog;

/** The answer to "this text looks like mojibake: repair it?". */
public enum RepairChoice {
    REPAIR, KEEP, CANCEL
}

package dev.mlsd.composer.ui.dialog;

import dev.mlsd.composer.core.diff.LineDiff;
import java.time.Instant;
import java.util.List;

/**
 * Unsaved work found in a recovery journal, as the dialog shows it: the project's name, when it
 * was written, and for each section that differs from the saved file, the lines that differ.
 */
public record RecoveryOffer(String projectName, Instant written, List<SectionDiff> sections) {

    /** One section's difference, saved file → recovered text. */
    public record SectionDiff(String title, List<LineDiff.Line> lines) {
    }

    public RecoveryOffer {
        sections = List.copyOf(sections);
    }
}

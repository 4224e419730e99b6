package dev.mlsd.composer.core.diff;

import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** Two texts as a unified diff ({@code diff -u} style), written by java-diff-utils from {@link LinePatch}. */
public final class UnifiedDiff {

    public static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The unified diff from {@code before} (named {@code beforeName}) to {@code after}; "" when they are equal. */
    public static String of(String beforeName, String afterName, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        LinePatch patch = LinePatch.between(before, after, LineDiff.MAX_EDITS);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, patch.before(), patch.patch(), CONTEXT);
        return String.join("\n", lines) + "\n";
    }
}

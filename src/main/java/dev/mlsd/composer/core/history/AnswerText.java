package dev.mlsd.composer.core.history;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The limits an answer's text must keep: at most 5 MB of UTF-8, and text rather than binary (no NUL). */
public final class AnswerText {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private AnswerText() {
    }

    public static void check(String text) throws BadInputException {
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            throw new BadInputException(InputProblem.ANSWER_TOO_LARGE, megabytes(bytes), megabytes(MAX_BYTES));
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(InputProblem.BINARY_ANSWER);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

package dev.mlsd.composer.core.io;

import java.text.MessageFormat;
import java.util.Locale;

/** Input from outside (a file, an argument) that cannot be used: which problem, and its details. */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private static final int MAX_QUOTED = 80;

    private final InputProblem problem;
    private final transient Object[] args;

    public BadInputException(InputProblem problem, Object... args) {
        this(problem, printable(args), true);
    }

    private BadInputException(InputProblem problem, Object[] printableArgs, boolean ignored) {
        super(new MessageFormat(problem.english(), Locale.ROOT).format(printableArgs));
        this.problem = problem;
        this.args = printableArgs;
    }

    /** The input is {@code size} bytes where {@code limit} is the most that is read; the message gives both in MB. */
    public static BadInputException tooLarge(long size, long limit) {
        return new BadInputException(InputProblem.TOO_LARGE, megabytes(size), megabytes(limit));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Text quoted from a file stays on one line and short: line breaks become visible, long text is cut. */
    private static Object[] printable(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text) {
                StringBuilder shown = new StringBuilder();
                text.codePoints().limit(MAX_QUOTED + 1L).forEach(cp -> {
                    if (cp == '\n') {
                        shown.append("\\n");
                    } else if (cp == '\r') {
                        shown.append("\\r");
                    } else if (Character.isISOControl(cp)) {
                        shown.append('\uFFFD');
                    } else {
                        shown.appendCodePoint(cp);
                    }
                });
                if (text.codePointCount(0, text.length()) > MAX_QUOTED) {
                    shown.setLength(shown.offsetByCodePoints(0, MAX_QUOTED));
                    shown.append('…');
                }
                out[i] = shown.toString();
            }
        }
        return out;
    }

    public InputProblem problem() {
        return problem;
    }

    /** The details that fill the problem's wording. */
    public Object[] args() {
        return args.clone();
    }
}

package dev.mlsd.composer.core.io;

import java.text.MessageFormat;
import java.util.Locale;

/** Input from outside (a file, an argument) that cannot be used: which problem, and its details. */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final InputProblem problem;
    private final transient Object[] args;

    public BadInputException(InputProblem problem, Object... args) {
        super(new MessageFormat(problem.english(), Locale.ROOT).format(args));
        this.problem = problem;
        this.args = args.clone();
    }

    public InputProblem problem() {
        return problem;
    }

    /** The details that fill the problem's wording. */
    public Object[] args() {
        return args.clone();
    }
}

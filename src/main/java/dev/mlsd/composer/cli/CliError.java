package dev.mlsd.composer.cli;

/** Bad input or usage, reported as one {@code error:} line and exit code 2. */
final class CliError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliError(String message) {
        super(message, null, false, false);
    }

    /** An error about a file: {@code FILE: what is wrong}. */
    static CliError about(Object file, String problem) {
        return new CliError(file + ": " + problem);
    }
}

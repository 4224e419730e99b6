package dev.mlsd.composer.core.io;

/**
 * The history of a project read without it ({@link ProjectStore#read}) turned out unreadable when it was
 * first asked for: unchecked, because {@code Project.history()} is. It carries the problem the whole file
 * gives; {@link ProjectStore.Stored#complete} turns it back into that {@link BadInputException}.
 */
public final class UnreadableHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableHistoryException(BadInputException problem) {
        super(problem.getMessage(), problem);
    }

    /** The problem, as reading the whole file at once reports it. */
    public BadInputException problem() {
        return (BadInputException) getCause();
    }
}

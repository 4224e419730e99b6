package dev.mlsd.composer.core.recovery;

/** A journal file that cannot be read back. */
public final class JournalException extends Exception {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }
}

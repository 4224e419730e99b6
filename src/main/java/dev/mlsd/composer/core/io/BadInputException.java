package dev.mlsd.composer.core.io;

/** Input from outside (a file, an argument) that cannot be used; the message is written for the user. */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

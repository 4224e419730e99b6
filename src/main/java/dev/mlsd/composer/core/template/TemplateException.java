package dev.mlsd.composer.core.template;

/** A template file that cannot be used; {@code line} is 1-based, or 0 when no line applies. */
public class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public TemplateException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }

    /** The message with its line, as shown to users. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}

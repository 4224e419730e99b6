package dev.mlsd.composer.core.io;

/**
 * What is wrong with a file or argument, with its English wording (the CLI's). The GUI shows the
 * same problem in the UI language, from the message key {@code problem.<name in lower case>}.
 */
public enum InputProblem {
    NO_SUCH_FILE("no such file"),
    IS_FOLDER("is a folder, not a file"),
    PERMISSION_DENIED("cannot be read (permission denied)"),
    NOT_READABLE("cannot be read ({0})"),
    TOO_LARGE("is too large ({0} MB; the limit is {1} MB)"),
    NOT_UTF8("is not UTF-8 text"),
    BINARY("is a binary file, not a project file"),
    UNKNOWN_TEMPLATE("was made with the template ''{0}'', which this version does not have"),
    EMPTY("is empty, not a project file"),
    TRUNCATED("is cut short: the project file ends too early"),
    NOT_JSON("is not a project file: not valid JSON (line {0,number,#}, column {1,number,#})"),
    NOT_AN_OBJECT("is not a project file: the JSON is not an object"),
    NO_FORMAT_VERSION("is not a project file: it has no ''formatVersion''"),
    TOO_DEEP("is not a usable project file: it nests deeper than {0} levels"),
    OVER_LIMITS("is not a usable project file: it exceeds the reading limits ({0})"),
    NEWER_FORMAT("was written by a newer MLSD Composer (format {0}); this version reads format {1} and older"),
    BAD_FORMAT_VERSION("is damaged: ''formatVersion'' {0} is not a format this version knows"),
    MISSING_FIELD("is damaged: ''{0}'' is missing"),
    NOT_TEXT("is damaged: ''{0}'' is not text"),
    NOT_AN_OBJECT_FIELD("is damaged: ''{0}'' must be an object"),
    NOT_A_TIME("is damaged: ''{0}'' is not a time such as 2026-01-31T12:00:00Z"),
    BROKEN_HISTORY("is damaged: its history at ''{0}'' refers to a text that is not there or does not fit it"),
    BAD_VALUE("is damaged: ''{0}'' has a value that is not allowed"),
    ANSWER_TOO_LARGE("is too large for an answer ({0} MB; the limit is {1} MB)"),
    BINARY_ANSWER("is not text, so it cannot be an answer");

    private final String english;

    InputProblem(String english) {
        this.english = english;
    }

    /** The MessageFormat pattern of the English wording. */
    public String english() {
        return english;
    }

    /** The key of this problem in the UI's message bundles. */
    public String messageKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

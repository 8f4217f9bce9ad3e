package io.kairos;

/**
 * An error Kairos reports to its operator: the message says what was wrong, where, and what to do.
 * The kind tells the command line which exit code to use; the core never exits by itself.
 */
public class KairosException extends RuntimeException {

    /** What kind of outcome this error is, mapped to an exit code by the CLI (see DESIGN.md). */
    public enum Kind {
        /** Something failed: bad data, an unreachable service, a locked file. */
        FAILURE,
        /** The operator asked for something malformed: a bad flag, an invalid configuration. */
        USAGE,
        /** A safety check refused to go on: a blocking audit finding, a kill switch. */
        REFUSED
    }

    private final Kind kind;

    public KairosException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public KairosException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static KairosException failure(String message) {
        return new KairosException(Kind.FAILURE, message);
    }

    public static KairosException failure(String message, Throwable cause) {
        return new KairosException(Kind.FAILURE, message, cause);
    }

    public static KairosException usage(String message) {
        return new KairosException(Kind.USAGE, message);
    }

    public Kind kind() {
        return kind;
    }
}

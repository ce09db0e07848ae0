package vn.giaymoi.importer.source;

/**
 * Tệp không đọc được (a document that cannot be imported): its message says why and what to do, in Vietnamese. The
 * command line exits 3 and the web answers a 4xx status with it; it never carries a stack trace to the user.
 */
public final class UnreadableDocument extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as the edge turns it into a status: too large (413), not a supported kind (415), else unreadable (422). */
    public enum Reason { TOO_LARGE, UNSUPPORTED, DAMAGED }

    private final Reason reason;

    public UnreadableDocument(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocument(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

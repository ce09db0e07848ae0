package vn.giaymoi.sign.pdf;

/** Tệp không đọc được (the input is not a PDF that can be read). */
public final class UnreadablePdf extends RuntimeException {
    public UnreadablePdf(String reason, Throwable cause) {
        super(reason, cause);
    }
}

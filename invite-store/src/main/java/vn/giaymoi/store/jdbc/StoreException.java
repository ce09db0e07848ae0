package vn.giaymoi.store.jdbc;

/**
 * Lỗi kho dữ liệu (store failure): the database could not be reached, refused a statement, or holds a document
 * that can no longer be read. Nothing was saved by the failing call. The message is Vietnamese and names the cause.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

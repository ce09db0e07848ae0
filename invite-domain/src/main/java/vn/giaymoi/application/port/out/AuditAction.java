package vn.giaymoi.application.port.out;

import java.util.Locale;

/** Việc đã làm (an action the audit log records). */
public enum AuditAction {
    CREATED("tạo dự thảo"),
    SAVED("lưu phiên bản"),
    SUBMITTED("trình duyệt"),
    APPROVED("duyệt"),
    RETURNED("trả lại"),
    ISSUED("ban hành"),
    REVOKED("thu hồi"),
    DELETED("xóa khỏi danh sách"),
    SENT("gửi"),
    DOWNLOADED("tải xuống"),
    /** The mail server took one recipient's message. */
    DELIVERED("đã chuyển thư"),
    /** One recipient's message could not be delivered, after its retries. */
    DELIVERY_FAILED("không gửi được thư"),
    /** A recipient answered, through their link or by phone to the clerk. */
    REPLIED("trả lời"),
    /** A recipient sent a stand-in, who was sent their own copy. */
    STAND_IN("cử người dự thay"),
    /** Reminders were queued, by the clerk or automatically before the meeting. */
    REMINDED("nhắc lịch");

    private final String vietnamese;

    AuditAction(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The name on the wire and in the database, e.g. {@code issued}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction ofWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}

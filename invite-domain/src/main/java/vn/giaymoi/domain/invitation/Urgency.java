package vn.giaymoi.domain.invitation;

/** Mức độ khẩn (urgency mark, ô 10b), ND30 Điều 4 and PL I §III.2.b. */
public enum Urgency {
    /** KHẨN. */
    KHAN("KHẨN"),
    /** THƯỢNG KHẨN. */
    THUONG_KHAN("THƯỢNG KHẨN"),
    /** HỎA TỐC. */
    HOA_TOC("HỎA TỐC");

    private final String printed;

    Urgency(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }
}

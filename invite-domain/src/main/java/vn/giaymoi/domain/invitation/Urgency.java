package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.text.Coded;

/** Mức độ khẩn (urgency mark, ô 10b), ND30 Điều 4 and PL I §III.2.b; printed upper case in a red box. */
public enum Urgency implements Coded {
    /** KHẨN. */
    KHAN("khan", "KHẨN"),
    /** THƯỢNG KHẨN. */
    THUONG_KHAN("thuong-khan", "THƯỢNG KHẨN"),
    /** HỎA TỐC. */
    HOA_TOC("hoa-toc", "HỎA TỐC");

    private final String code;
    private final String label;

    Urgency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** As printed: {@code THƯỢNG KHẨN}. */
    @Override
    public String label() {
        return label;
    }

    public static Urgency fromCode(String code) {
        return Coded.byCode(Urgency.class, code, "độ khẩn");
    }
}

package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.text.Coded;

/**
 * Thể thức văn bản (document format): the State's (NĐ 30/2020/NĐ-CP) or the Party's (Hướng dẫn 36-HD/VPTW ngày
 * 03/4/2018 của Văn phòng Trung ương Đảng). The same meeting can be convened in either; header, number, signing
 * forms and some rules differ.
 */
public enum DocumentFormat implements Coded {
    /** Văn bản hành chính nhà nước: Quốc hiệu and Tiêu ngữ, {@code Số: 05/GM-UBND}, {@code KT.}. */
    STATE("nha-nuoc", "Thể thức văn bản hành chính (NĐ 30/2020/NĐ-CP)"),
    /**
     * Văn bản của Đảng: the heading {@code ĐẢNG CỘNG SẢN VIỆT NAM} (HD 36 mục II.1.1), the issuing body with an
     * asterisk under it (II.1.2), {@code Số 27-GM/BTGTU} (II.1.3), signing forms {@code T/M}, {@code K/T},
     * {@code T/L} (II.1.7).
     */
    PARTY("dang", "Thể thức văn bản của Đảng (HD 36-HD/VPTW)");

    /** The Party's heading, HD 36-HD/VPTW mục II.1.1. */
    public static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private final String code;
    private final String label;

    DocumentFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static DocumentFormat fromCode(String code) {
        return Coded.byCode(DocumentFormat.class, code, "thể thức văn bản (format)");
    }
}

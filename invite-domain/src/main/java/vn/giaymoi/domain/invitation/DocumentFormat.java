package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.text.Coded;

/**
 * Thể thức văn bản (document format): the State's (NĐ 30/2020/NĐ-CP) or an organisation's own: the Party's (Hướng
 * dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng) or the Youth Union's (Hướng dẫn 29-HD/TWĐTN-VP ngày
 * 29/10/2013 của Ban Bí thư Trung ương Đoàn). The same meeting can be convened in any of them. An organisation's
 * format prints its heading where the State prints Quốc hiệu and Tiêu ngữ, a mark under the issuing body's name and a
 * number {@code 27-GM/BTGTU} (number, hyphen, type, slash, body); the rest is told apart by the properties below.
 */
public enum DocumentFormat implements Coded {
    /** Văn bản hành chính nhà nước: Quốc hiệu and Tiêu ngữ, {@code Số: 05/GM-UBND}, {@code KT.}. */
    STATE("nha-nuoc", "Thể thức văn bản hành chính (NĐ 30/2020/NĐ-CP)", null, null, true, false, null),
    /**
     * Văn bản của Đảng: the heading {@code ĐẢNG CỘNG SẢN VIỆT NAM} (HD 36 mục II.1.1), the issuing body with an
     * asterisk under it (II.1.2), {@code Số 27-GM/BTGTU} (II.1.3), signing forms {@code T/M}, {@code K/T},
     * {@code T/L} (II.1.7).
     */
    PARTY("dang", "Thể thức văn bản của Đảng (HD 36-HD/VPTW)", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", false, true,
            "HD 36-HD/VPTW (2018)"),
    /**
     * Văn bản của Đoàn TNCS Hồ Chí Minh: the heading {@code ĐOÀN TNCS HỒ CHÍ MINH} ruled under its length, the
     * issuing body ({@code BCH ĐOÀN TỈNH …}, {@code TỈNH ĐOÀN …}, {@code ĐOÀN TRƯỜNG …}) with three asterisks under
     * it, {@code Số: 15-GM/TĐTN-VP} (with the colon), signing forms written as the State writes them
     * ({@code TM. BAN THƯỜNG VỤ}, {@code KT. BÍ THƯ}).
     */
    YOUTH_UNION("doan", "Thể thức văn bản của Đoàn TNCS Hồ Chí Minh (HD 29-HD/TWĐTN-VP)", "ĐOÀN TNCS HỒ CHÍ MINH",
            "***", true, false, "HD 29-HD/TWĐTN-VP (2013)");

    private final String code;
    private final String label;
    private final String heading;
    private final String issuerMark;
    private final boolean colonAfterSo;
    private final boolean slashAuthority;
    private final String guide;

    DocumentFormat(String code, String label, String heading, String issuerMark, boolean colonAfterSo,
            boolean slashAuthority, String guide) {
        this.code = code;
        this.label = label;
        this.heading = heading;
        this.issuerMark = issuerMark;
        this.colonAfterSo = colonAfterSo;
        this.slashAuthority = slashAuthority;
        this.guide = guide;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for an organisation's own format (Party, Youth Union): its heading, mark and number form. */
    public boolean organisation() {
        return heading != null;
    }

    /** Tiêu đề: the organisation's heading printed instead of Quốc hiệu and Tiêu ngữ; {@code null} for the State. */
    public String heading() {
        return heading;
    }

    /** The mark under the issuing body's name ({@code *}, {@code ***}); {@code null} for the State (its short rule). */
    public String issuerMark() {
        return issuerMark;
    }

    /**
     * How the number line opens: {@code Số: } (the State, the Youth Union) or the Party's {@code Số } (HD 36 mục
     * II.1.3). A State document numbered the organisations' way keeps the Party's form, as before.
     */
    public String numberLabel(DocumentNumber number) {
        boolean colon = this == STATE ? !number.partyStyle() : colonAfterSo;
        return colon ? "Số: " : "Số ";
    }

    /** True when signing authorities are written {@code T/M}, {@code K/T} (the Party) rather than {@code TM.}, {@code KT.}. */
    public boolean slashAuthority() {
        return slashAuthority;
    }

    /** The organisation's guide as findings cite it ({@code HD 36-HD/VPTW (2018)}); {@code null} for the State. */
    public String guide() {
        return guide;
    }

    public static DocumentFormat fromCode(String code) {
        return Coded.byCode(DocumentFormat.class, code, "thể thức văn bản (format)");
    }
}

package vn.giaymoi.render.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Kiểu đoạn (paragraph styles) of the Word rendering, one per element of ND30 PL I §II with its size and emphasis,
 * so a user restyles an element in Word or LibreOffice once. Sizes in points; Word stores half-points.
 */
enum DocxStyles {
    PARENT("GmParent", "GM Cơ quan chủ quản", 13, false, false, Align.CENTER),
    ISSUER("GmIssuer", "GM Cơ quan ban hành", 13, true, false, Align.CENTER),
    NUMBER("GmNumber", "GM Số ký hiệu", 13, false, false, Align.CENTER),
    SHORT_SUBJECT("GmShortSubject", "GM Trích yếu công văn", 12, false, false, Align.CENTER),
    MARK("GmMark", "GM Dấu mức độ", 13, true, false, Align.CENTER),
    NATIONAL_TITLE("GmNationalTitle", "GM Quốc hiệu", 13, true, false, Align.CENTER),
    MOTTO("GmMotto", "GM Tiêu ngữ", 14, true, false, Align.CENTER),
    DATE_LINE("GmDateLine", "GM Địa danh ngày tháng", 14, false, true, Align.CENTER),
    TYPE_NAME("GmTypeName", "GM Tên loại", 14, true, false, Align.CENTER),
    SUBJECT("GmSubject", "GM Trích yếu", 14, true, false, Align.CENTER),
    ADDRESSEES("GmAddressees", "GM Kính gửi", 14, false, false, Align.LEFT),
    BODY("GmBody", "GM Nội dung", 14, false, false, Align.BOTH),
    BODY_NO_INDENT("GmBodyNoIndent", "GM Nội dung không thụt", 14, false, false, Align.BOTH),
    // the same look as BODY; the name keeps what the page shows by position only (the opening, a sub-point's level),
    // so that importing the file gives the structure back
    OPENING("GmOpening", "GM Mở đầu", 14, false, false, Align.BOTH),
    BODY_2("GmBody2", "GM Nội dung mức 2", 14, false, false, Align.BOTH),
    BODY_3("GmBody3", "GM Nội dung mức 3", 14, false, false, Align.BOTH),
    BODY_4("GmBody4", "GM Nội dung mức 4", 14, false, false, Align.BOTH),
    DISTRIBUTION_HEADING("GmDistributionHeading", "GM Nơi nhận", 12, true, true, Align.LEFT),
    DISTRIBUTION_ENTRY("GmDistributionEntry", "GM Nơi nhận mục", 11, false, false, Align.LEFT),
    AUTHORITY("GmAuthority", "GM Quyền hạn chức vụ", 14, true, false, Align.CENTER),
    SIGNER("GmSigner", "GM Người ký", 14, true, false, Align.CENTER),
    RULE("GmRule", "GM Đường kẻ", 1, false, false, Align.LEFT),
    PAGE_NUMBER("GmPageNumber", "GM Số trang", 14, false, false, Align.CENTER);

    static final String FONT = "Times New Roman";
    /** 6 pt after a body paragraph (PL I §II.6.e: at least 6 pt). */
    static final int BODY_SPACING_AFTER = 120;
    /** 1 cm first-line indent (PL I §II.6.e). */
    static final int FIRST_LINE_INDENT = 567;

    enum Align { LEFT, CENTER, BOTH }

    final String id;
    final String displayName;
    final int points;
    final boolean bold;
    final boolean italic;
    final Align align;

    DocxStyles(String id, String displayName, int points, boolean bold, boolean italic, Align align) {
        this.id = id;
        this.displayName = displayName;
        this.points = points;
        this.bold = bold;
        this.italic = italic;
        this.align = align;
    }

    /** The body style of a block: the opening, or a point at its depth (the deepest levels share the last style). */
    static DocxStyles body(boolean opening, int depth, boolean indentFirstLine) {
        if (!indentFirstLine) return BODY_NO_INDENT;
        if (opening) return OPENING;
        return switch (depth) {
            case 0 -> BODY;
            case 1 -> BODY_2;
            case 2 -> BODY_3;
            default -> BODY_4;
        };
    }

    /** The style sheet, built once; each document gets its own copy (XmlBeans objects are not shared). */
    private static final CTStyles SHEET = build();

    /** The style sheet: document defaults (Times New Roman 14, Vietnamese, single spacing), Normal and ours. */
    static CTStyles sheet() {
        synchronized (SHEET) {
            return (CTStyles) SHEET.copy();
        }
    }

    private static CTStyles build() {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rpr.addNewLang().setVal("vi-VN");
        rpr.addNewColor().setVal("000000");
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        for (DocxStyles s : values()) s.define(styles.addNewStyle());
        return styles;
    }

    private void define(CTStyle style) {
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(displayName);
        boolean likeBody = this == BODY_NO_INDENT || this == OPENING || this == BODY_2 || this == BODY_3 || this == BODY_4;
        style.addNewBasedOn().setVal(likeBody ? BODY.id : "Normal");
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewJc().setVal(switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case BOTH -> STJc.BOTH;
        });
        switch (this) {
            case BODY -> {
                ppr.addNewSpacing().setAfter(BigInteger.valueOf(BODY_SPACING_AFTER));
                ppr.addNewInd().setFirstLine(BigInteger.valueOf(FIRST_LINE_INDENT));
            }
            case BODY_NO_INDENT -> ppr.addNewInd().setFirstLine(BigInteger.ZERO);
            case NUMBER, SHORT_SUBJECT, DATE_LINE, MARK -> ppr.addNewSpacing().setBefore(BigInteger.valueOf(120));
            case TYPE_NAME -> ppr.addNewSpacing().setBefore(BigInteger.valueOf(280));
            case ADDRESSEES -> ppr.addNewSpacing().setAfter(BigInteger.ZERO);
            case RULE -> {
                var sp = ppr.addNewSpacing();
                sp.setBefore(BigInteger.valueOf(60)); // 3 pt: a rule under the text, not an underline on it
                sp.setLine(BigInteger.valueOf(20));
                sp.setLineRule(STLineSpacingRule.EXACT);
            }
            case SIGNER -> ppr.addNewSpacing().setBefore(BigInteger.valueOf(1417));
            default -> { }
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) rpr.addNewB();
        if (italic) rpr.addNewI();
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }
}

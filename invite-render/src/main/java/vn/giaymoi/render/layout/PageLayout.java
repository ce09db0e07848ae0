package vn.giaymoi.render.layout;

import java.util.List;
import vn.giaymoi.domain.text.RichText;

/**
 * Bố cục trang (page layout): an invitation placed in the numbered boxes of ND30 PL I §IV, in reading order. Every
 * page format (text, HTML, PDF, DOCX) draws this one model, so a change of layout is made once.
 *
 * @param marks ô 10a/10b marks, confidentiality above urgency, printed upper case in a box; empty when none
 * @param parentBody ô 2 parent body, or {@code null}; a line break where the name breaks ({@link #parentLines()})
 * @param issuerLines ô 2 issuing body lines (bold, with a short rule under them)
 * @param numberLine ô 3 {@code Số: 05/GM-UBND}
 * @param shortSubject ô 5b {@code V/v …} of a công văn under the number, or {@code null}
 * @param nationalTitle ô 1 Quốc hiệu, or an organisation's heading {@code ĐẢNG CỘNG SẢN VIỆT NAM}, {@code ĐOÀN TNCS
 *     HỒ CHÍ MINH} (ruled under its length, HD 36-HD/VPTW mục II.1.1) when {@code motto} is {@code null}
 * @param motto ô 1 Tiêu ngữ (with a full-length rule under it), or {@code null} for an organisation's document
 * @param dateLine ô 4 place and date (italic)
 * @param typeName ô 5a {@code GIẤY MỜI}, or {@code null} for a công văn
 * @param subject ô 5a trích yếu under the type name (bold), or {@code null} for a công văn
 * @param addressees ô 9a Kính gửi lines; empty when none
 * @param content ô 6 blocks in reading order (opening first)
 * @param distribution ô 9b Nơi nhận entries, each to be printed after {@code "- "}
 * @param authorityLines ô 7a/7b lines above the signature (upper case, bold)
 * @param signer ô 7b name, or {@code null}
 * @param documentTitle a one-line title for file metadata: {@code Giấy mời 05/GM-UBND: …}
 * @param issuerName the issuing body on one line, for file metadata
 * @param issuerMark the mark under an organisation's body name, printed instead of the short rule: the Party's
 *     asterisk (HD 36-HD/VPTW mục II.1.2), the Youth Union's three; {@code null} for a State document
 * @param footer ô 13 address lines at the foot of page 1, under a full-width rule; empty when none
 * @param dateLinePoints the place-date line's size: 14, or 13 (the decree's range is 13–14) when a long place
 *     would otherwise wrap it onto two lines
 */
public record PageLayout(
        List<Mark> marks,
        String parentBody,
        List<String> issuerLines,
        String numberLine,
        RichText shortSubject,
        String nationalTitle,
        String motto,
        String dateLine,
        String typeName,
        RichText subject,
        List<RichText> addressees,
        List<Block> content,
        List<RichText> distribution,
        List<String> authorityLines,
        String signer,
        String documentTitle,
        String issuerName,
        String issuerMark,
        List<String> footer,
        int dateLinePoints) {

    /** Quốc hiệu, ND30 PL I §II.1.a. */
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ, ND30 PL I §II.1.b: hyphens with spaces. */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Heading of ô 9b. */
    public static final String DISTRIBUTION_HEADING = "Nơi nhận:";
    /** Heading of ô 9a. */
    public static final String ADDRESSEES_HEADING = "Kính gửi:";

    public PageLayout {
        marks = List.copyOf(marks);
        issuerLines = List.copyOf(issuerLines);
        addressees = List.copyOf(addressees);
        content = List.copyOf(content);
        distribution = List.copyOf(distribution);
        authorityLines = List.copyOf(authorityLines);
        footer = footer == null ? List.of() : List.copyOf(footer);
        if (dateLinePoints == 0) dateLinePoints = 14;
    }

    /**
     * Left and right header columns in twips of the A4 text width (210 mm less the 30 mm and 15 mm margins of PL I
     * §I.3): about 40 % and 60 %.
     */
    public static final int TEXT_WIDTH_TWIPS = 11906 - 1701 - 850;
    public static final int HEAD_LEFT_TWIPS = TEXT_WIDTH_TWIPS * 40 / 100;
    public static final int HEAD_RIGHT_TWIPS = TEXT_WIDTH_TWIPS - HEAD_LEFT_TWIPS;

    /** The parent body's printed lines (empty when none). */
    public List<String> parentLines() {
        return parentBody == null ? List.of() : java.util.Arrays.stream(parentBody.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The parent body's lines as drawn on a page: the author's breaks kept, a line too wide for the column balanced. */
    public List<String> fittedParentLines() {
        return parentLines().stream().flatMap(l -> LayoutBuilder.fit(l, HEAD_LEFT_TWIPS, 13, false).stream()).toList();
    }

    /** The issuing body's lines as drawn on a page: the author's breaks kept, a line too wide for the column balanced. */
    public List<String> fittedIssuerLines() {
        return issuerLines.stream().flatMap(l -> LayoutBuilder.fit(l, HEAD_LEFT_TWIPS, 13, true).stream()).toList();
    }

    /** True for an organisation's format (the Party's, the Youth Union's): its heading instead of Quốc hiệu and Tiêu ngữ. */
    public boolean organisation() {
        return motto == null;
    }

    /** The trích yếu as plain text (under {@code GIẤY MỜI}, or the {@code V/v} of a công văn), for file metadata. */
    public String subjectText() {
        RichText s = subject != null ? subject : shortSubject;
        return s == null ? "" : s.plain();
    }

    /**
     * Dấu độ mật, mức độ khẩn (a boxed mark of ô 10a/10b): upper case, bold, in a single-border box.
     *
     * @param text the mark as printed: {@code MẬT}, {@code HỎA TỐC}
     * @param urgent true for an urgency mark (ô 10b), which is printed in red ink (PL I §III.2.b)
     */
    public record Mark(String text, boolean urgent) {}

    /**
     * One block of the content.
     *
     * @param label the computed marker ({@code 1.}, {@code a)}, {@code -}), empty for a paragraph
     * @param text the wording, emphasis kept
     * @param depth nesting depth, 0 for top level
     * @param indentFirstLine true for a body paragraph indented 1 cm on its first line (PL I §II.6.e)
     * @param table a table printed under the paragraph (a programme's time slots), or {@code null}
     * @param opening true for the opening paragraph (phần mở đầu), which prints like an unmarked point
     */
    public record Block(String label, RichText text, int depth, boolean indentFirstLine, Table table, boolean opening) {
        /** The longest heading: about one printed line. */
        private static final int HEADING_LENGTH = 80;

        public Block(String label, RichText text, int depth, boolean indentFirstLine) {
            this(label, text, depth, indentFirstLine, null, false);
        }

        public Block(String label, RichText text, int depth, boolean indentFirstLine, Table table) {
            this(label, text, depth, indentFirstLine, table, false);
        }

        /** The opening paragraph. */
        public static Block opening(RichText text) {
            return new Block("", text, 0, true, null, true);
        }

        /**
         * True for a heading or a lead-in line, which introduces what follows and so never ends a page
         * (keep-with-next): a line ending with a colon ({@code …như sau:}, {@code *) Văn phòng UBND tỉnh chỉ đạo:}),
         * or a short numbered heading that ends no sentence ({@code 2. Thời gian và địa điểm tổ chức điểm cầu}).
         */
        public boolean leadsIn() {
            if (text == null) return false;
            String t = text.plain().strip();
            if (t.endsWith(":")) return true;
            return !label.isEmpty() && !label.equals("-") && !label.equals("+") && t.length() <= HEADING_LENGTH
                    && !t.isEmpty() && ".;!?…)".indexOf(t.charAt(t.length() - 1)) < 0;
        }
    }

    /**
     * Bảng (a ruled table in the content): a heading row and rows of cells, as programmes are printed.
     *
     * @param header the heading cells ({@code Thời gian}, {@code Nội dung}, {@code Thực hiện})
     * @param rows the rows, each as many cells as the heading
     */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}

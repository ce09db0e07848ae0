package vn.giaymoi.render.layout;

import java.util.List;
import vn.giaymoi.domain.text.RichText;

/**
 * Bố cục trang (page layout): an invitation placed in the numbered boxes of ND30 PL I §IV, in reading order. Every
 * page format (text, HTML, PDF, DOCX) draws this one model, so a change of layout is made once.
 *
 * @param marks ô 10a/10b marks, confidentiality above urgency, printed upper case in a box; empty when none
 * @param parentBody ô 2 parent body line, or {@code null}
 * @param issuerLines ô 2 issuing body lines (bold, with a short rule under them)
 * @param numberLine ô 3 {@code Số: 05/GM-UBND}
 * @param shortSubject ô 5b {@code V/v …} of a công văn under the number, or {@code null}
 * @param nationalTitle ô 1 Quốc hiệu
 * @param motto ô 1 Tiêu ngữ (with a full-length rule under it)
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
        String issuerName) {

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
     */
    public record Block(String label, RichText text, int depth, boolean indentFirstLine) {}
}

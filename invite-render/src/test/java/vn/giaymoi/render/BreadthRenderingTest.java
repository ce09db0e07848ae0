package vn.giaymoi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.docx.DocxRenderer;
import vn.giaymoi.render.html.HtmlRenderer;
import vn.giaymoi.render.ics.IcsRenderer;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.pdf.PdfRenderer;
import vn.giaymoi.render.text.TextRenderer;

/**
 * The new kinds, the Party's format and the richer meetings read back from every output: PDF (PDFBox), DOCX (POI),
 * iCalendar (ical4j) and text.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BreadthRenderingTest {
    private static final PdfRenderer PDF = new PdfRenderer(new HtmlRenderer());
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final IcsRenderer ICS = new IcsRenderer(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), IcsRenderer.ZONE));

    static Invitation read(Path file) {
        return new InvitationFormat().read(file).fold(inv -> inv, p -> {
            throw new AssertionError(file + " does not parse: " + p);
        });
    }

    static Invitation example(String name) {
        return read(Seeds.EXAMPLES.resolve(name + ".yaml"));
    }

    static Invitation fixture(String name) {
        return read(Path.of("src", "test", "resources", "breadth", name + ".yaml"));
    }

    static String pdfText(Invitation inv) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF.render(LayoutBuilder.of(inv)))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    static XWPFDocument docx(Invitation inv) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DOCX.render(LayoutBuilder.of(inv))));
    }

    /** The printed lines: each paragraph, and within it each soft line break. */
    static List<String> docxLines(XWPFDocument doc) {
        List<String> out = new java.util.ArrayList<>();
        java.util.function.Consumer<XWPFParagraph> add = p -> {
            for (String line : p.getText().split("\n")) out.add(line.strip());
        };
        doc.getParagraphs().forEach(add);
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(add)));
        }
        return out;
    }

    static List<VEvent> events(Invitation inv) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ICS.render(inv))).getComponents("VEVENT");
    }

    @Test
    void a_party_invitation_prints_the_party_heading_the_asterisk_and_its_number() throws IOException {
        Invitation inv = example("dang-giay-moi-27-GM-BTGTU");
        List<String> pdf = lines(pdfText(inv));
        assertThat(pdf).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY QUẢNG NGÃI", "BAN TUYÊN GIÁO", "*", "Số 27-GM/BTGTU",
                "GIẤY MỜI", "K/T TRƯỞNG BAN");
        assertThat(String.join("\n", pdf)).doesNotContain("CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "Số:");
        try (XWPFDocument doc = docx(inv)) {
            assertThat(docxLines(doc)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 27-GM/BTGTU", "K/T TRƯỞNG BAN")
                    .doesNotContain(PageLayout.MOTTO);
        }
        assertThat(new TextRenderer().render(LayoutBuilder.of(inv))).contains("BAN TUYÊN GIÁO\n*\nSố 27-GM/BTGTU\n");
    }

    /**
     * The Youth Union's format (HD 29-HD/TWĐTN-VP) on a real convocation: its heading instead of Quốc hiệu and Tiêu
     * ngữ, three asterisks under the issuing body, the number with its colon and the Đoàn's hyphen and slash.
     */
    @Test
    void a_youth_union_document_prints_its_heading_three_asterisks_and_its_number() throws IOException {
        Invitation convocation = read(Path.of("..", "invite-format", "src", "test", "resources", "real",
                "061-buh-doan-truong-trieu-tap-tuyen-duong-5-tot-2013.yaml"));
        Invitation inv = convocation.withNumber(vn.giaymoi.domain.invitation.DocumentNumber.parse("15-TB/ĐTN"));
        List<String> pdf = lines(pdfText(inv));
        assertThat(pdf).contains("ĐOÀN TNCS HỒ CHÍ MINH", "THÀNH ĐOÀN", "***", "Số: 15-TB/ĐTN", "THÔNG BÁO",
                "TM. BAN THƯỜNG VỤ");
        assertThat(String.join("\n", pdf)).doesNotContain("CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "ĐẢNG CỘNG SẢN");
        try (XWPFDocument doc = docx(inv)) {
            assertThat(docxLines(doc)).contains("ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 15-TB/ĐTN", "TM. BAN THƯỜNG VỤ")
                    .doesNotContain(PageLayout.MOTTO);
        }
        assertThat(new TextRenderer().render(LayoutBuilder.of(inv)))
                .contains("THÀNH PHỐ HỒ CHÍ MINH\n***\nSố: 15-TB/ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n");
        assertThat(new HtmlRenderer().render(LayoutBuilder.of(inv))).contains("ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 15-TB/ĐTN");
    }

    @Test
    void a_party_cong_van_keeps_its_CV_number_and_its_subject_under_it() throws IOException {
        String pdf = pdfText(example("dang-cong-van-1822-CV-BTGTU"));
        assertThat(lines(pdf)).contains("Số 1822-CV/BTGTU");
        assertThat(pdf.replace("\n", " ")).contains("Số 1822-CV/BTGTU Hoãn Tọa đàm kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo");
    }

    @Test
    void a_thong_bao_prints_its_type_name_and_its_programme_as_a_table() throws IOException, ParserException {
        Invitation inv = fixture("thong-bao-chuong-trinh");
        String raw = pdfText(inv);
        assertThat(lines(raw)).contains("THÔNG BÁO", "Thời gian Nội dung Thực hiện");
        String pdf = raw.replace("\n", " ");
        assertThat(pdf).contains("Thời gian Nội dung Thực hiện", "07h30 - 08h00 Đón tiếp đại biểu Văn phòng Sở",
                "11h15 - 11h30 Bế mạc Lãnh đạo Sở Nội vụ", "mỗi đơn vị cử 02 người", "có mặt trước 15 phút");
        assertThat(pdf).doesNotContain("phút phút");
        try (XWPFDocument doc = docx(inv)) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Đón tiếp")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(6);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Thời gian", "Nội dung", "Thực hiện");
            assertThat(table.getRow(2).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("08h00 - 08h15", "Khai mạc, giới thiệu đại biểu", "Lãnh đạo Sở Nội vụ");
            assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
        }
        VEvent event = events(inv).get(0);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("- 07h30 - 08h00: Đón tiếp đại biểu (Văn phòng Sở)", "Trang phục: công sở, đeo thẻ công chức")
                .doesNotContain("Trang phục: Trang phục");
    }

    @Test
    void the_address_footer_prints_under_the_signature() throws IOException {
        Invitation inv = fixture("thong-bao-chuong-trinh");
        List<String> pdf = lines(pdfText(inv));
        assertThat(pdf.indexOf("Địa chỉ: số 10 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh"))
                .isGreaterThan(pdf.indexOf("Trần Văn B"));
        try (XWPFDocument doc = docx(inv)) {
            XWPFParagraph footer = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Địa chỉ:")).findFirst().orElseThrow();
            assertThat(footer.getCTP().getPPr().getPBdr().getTop().getVal().toString()).isEqualTo("single");
        }
    }

    @Test
    void each_session_gets_its_own_venue_a_multi_day_span_and_an_evening_without_a_clock_time()
            throws IOException, ParserException {
        List<VEvent> events = events(fixture("nhieu-ngay-hai-phien"));
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).startsWith("Hội trường A, 140 Lê Trọng Tấn");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20251124T073000");
        assertThat(first.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20251126T163000");
        VEvent second = events.get(1);
        assertThat(second.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Phòng họp trực tuyến của Trường");
        assertThat(second.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.huit.edu.vn/taphuan2025");
        assertThat(second.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20251126");
        assertThat(second.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20251127");
        assertThat(second.getProperty(Property.SUMMARY).orElseThrow().getValue()).endsWith("(buổi tối)");
        assertThat(second.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Vụ Tổ chức cán bộ, Bộ Công Thương");
    }

    @Test
    void a_long_name_breaks_where_offices_break_it_and_the_long_place_date_line_stays_whole() throws IOException {
        Invitation inv = fixture("nhieu-ngay-hai-phien");
        List<String> pdf = lines(pdfText(inv));
        // too wide for the 40 % column even in two lines at 13 pt: balanced lines, never one word left alone
        assertThat(pdf).containsSubsequence("BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC", "CÔNG THƯƠNG", "THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(pdf).doesNotContain("THƯƠNG", "MINH");
        assertThat(pdf).contains("Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2025");
        assertThat(LayoutBuilder.of(inv).dateLinePoints()).isEqualTo(13);
        // the break the author wrote inside a Kính gửi entry survives
        assertThat(pdf).containsSubsequence("Kính gửi: Các trường đại học, cao đẳng thuộc Bộ Công Thương", "(khu vực phía Nam).");
        try (XWPFDocument doc = docx(inv)) {
            assertThat(docxLines(doc)).containsSubsequence("TRƯỜNG ĐẠI HỌC", "CÔNG THƯƠNG", "THÀNH PHỐ HỒ CHÍ MINH");
            // one paragraph, the author's line, wrapped by soft breaks: reading the file back tells it from two lines
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("TRƯỜNG ĐẠI HỌC\nCÔNG THƯƠNG\nTHÀNH PHỐ HỒ CHÍ MINH");
        }
    }

    @Test
    void a_line_break_in_the_parent_name_is_kept() {
        Invitation twoLines = fixture("nhieu-ngay-hai-phien");
        PageLayout page = LayoutBuilder.of(new Invitation(twoLines.kind(), new vn.giaymoi.domain.invitation.Issuer(
                "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "SNV", null, null), twoLines.number(),
                twoLines.dateLine(), twoLines.subject(), null, null, twoLines.addressees(), twoLines.opening(),
                twoLines.body(), null, twoLines.distribution(), twoLines.signature()));
        assertThat(page.parentLines()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(new TextRenderer().render(page)).startsWith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ NỘI VỤ\n");
    }

    @Test
    void the_new_constructs_read_back_from_the_input_format_unchanged() {
        for (Invitation inv : List.of(fixture("thong-bao-chuong-trinh"), fixture("nhieu-ngay-hai-phien"),
                example("dang-giay-moi-27-GM-BTGTU"))) {
            InvitationFormat format = new InvitationFormat();
            String yaml = format.write(inv, vn.giaymoi.format.Syntax.YAML);
            Invitation back = format.read(yaml, vn.giaymoi.format.Syntax.YAML, "round-trip.yaml").fold(i -> i, p -> {
                throw new AssertionError(p + "\n" + yaml);
            });
            assertThat(back).isEqualTo(inv);
        }
        assertThat(LocalDate.of(2025, 11, 26)).isEqualTo(fixture("nhieu-ngay-hai-phien").meeting().sessions().get(0).endDate());
    }
}

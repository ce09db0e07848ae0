package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.format.dto.InvitationDto;
import vn.giaymoi.importer.source.PdfSource;
import vn.giaymoi.importer.source.TextSource;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/** A PDF's text layer and a text typed by hand import too; what is not typed is reported with its paragraph. */
class PdfAndTextImportTest {
    private static final InvitationImporter IMPORTER = new InvitationImporter();

    @Test
    void a_pdf_text_layer_gives_the_header_the_points_and_the_signature() {
        var seed = Corpus.examples().get("seed-001.yaml");
        byte[] pdf = new InvitationRenderer().render(seed, Format.PDF).bytes();
        InvitationDto d = IMPORTER.read(PdfSource.read(pdf, "giay-moi.pdf")).draft();
        assertThat(d.kind()).isEqualTo("giay-moi");
        assertThat(d.number()).isEqualTo("/GM-UBND");
        assertThat(d.place()).isEqualTo("Hà Tĩnh");
        assertThat(d.issuer().name()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH");
        assertThat(d.body()).isNotEmpty();
        assertThat(d.body().get(0).session()).isNotNull();
        assertThat(d.body().get(0).session().start()).hasToString("15:00");
        assertThat(d.signature().signer()).isEqualTo("Nguyễn Huy Hùng");
        assertThat(d.distribution()).contains("Lưu: VT, NC1, VX1.");
    }

    @Test
    void a_hand_typed_text_with_8h30_and_a_bullet_is_imported_and_the_bullet_change_is_reported() {
        String txt = """
                UBND TỈNH HÀ TĨNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ TƯ PHÁP\t\tĐộc lập - Tự do - Hạnh phúc
                Số: 12/GM-STP\t\tHà Tĩnh, ngày 05 tháng 5 năm 2026

                GIẤY MỜI
                Họp triển khai công tác phổ biến pháp luật quý II năm 2026

                Sở Tư pháp trân trọng kính mời:
                • Đại diện lãnh đạo Sở Nội vụ, Sở Tài chính;
                Thời gian: 8h30, thứ Năm, ngày 07/5/2026.
                Địa điểm: Phòng họp tầng 2, Sở Tư pháp.

                Nơi nhận:\t\tGIÁM ĐỐC
                - Như trên;
                - Lưu: VT, PBPL.

                \t\tLê Văn Nam
                """;
        ImportResult r = IMPORTER.read(TextSource.read(txt.getBytes(StandardCharsets.UTF_8), "tay.txt"));
        InvitationDto d = r.draft();
        assertThat(d.issuer().parent()).isEqualTo("UBND TỈNH HÀ TĨNH");
        assertThat(d.issuer().name()).isEqualTo("SỞ TƯ PHÁP");
        assertThat(d.issuer().abbreviation()).isEqualTo("STP");
        assertThat(d.date().iso()).isEqualTo("2026-05-05");
        assertThat(d.signature().title()).isEqualTo("GIÁM ĐỐC");
        assertThat(d.signature().signer()).isEqualTo("Lê Văn Nam");
        assertThat(d.distribution()).containsExactly("Như trên;", "Lưu: VT, PBPL.");
        var session = d.body().stream().filter(p -> p.session() != null).findFirst().orElseThrow();
        assertThat(session.session().start()).hasToString("08:30");
        // 8h30 is kept as the author wrote it: the format prints the hour, the h and the minutes
        assertThat(session.text()).isEqualTo("Thời gian: {start:Hhmm}, {weekday}, ngày {date}.");
        assertThat(r.notes()).extracting(ImportNote::display)
                .noneSatisfy(n -> assertThat(n).contains("8h30"))
                .anySatisfy(n -> assertThat(n).contains("chấm tròn"));
        InvitationFormat format = new InvitationFormat();
        assertThat(format.read(format.write(d, Syntax.YAML), Syntax.YAML, "x")).isInstanceOf(Parsed.Ok.class);
    }

    @Test
    void a_heading_s_deliverable_and_a_session_s_hours_from_its_slot_lines() {
        String txt = """
                UBND TỈNH HÀ TĨNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ NỘI VỤ\t\tĐộc lập - Tự do - Hạnh phúc
                Số: 15/GM-SNV\t\tHà Tĩnh, ngày 05 tháng 5 năm 2026

                GIẤY MỜI
                Dự Hội nghị chuyên đề cải cách hành chính

                Sở Nội vụ trân trọng kính mời:
                1. Thời gian: Hội nghị tiến hành ½ ngày, ngày 18/6/2026 (thứ Năm).
                - Từ 7h30’ đến 7h40’: Kiểm tra đại biểu.
                - Từ 7h45’ đến 11h30’: Thảo luận.
                2. Tổ chức thực hiện
                a) Các đơn vị chuẩn bị tham luận, trình bày tại Hội nghị:
                - Sở Y tế: Cung ứng dịch vụ y tế công lập.
                - Sở Tư pháp: Hỗ trợ pháp lý cho doanh nghiệp.

                Nơi nhận:\t\tGIÁM ĐỐC
                - Như trên;
                - Lưu: VT.

                \t\tLê Văn Nam
                """;
        InvitationDto d = IMPORTER.read(TextSource.read(txt.getBytes(StandardCharsets.UTF_8), "hn.txt")).draft();
        var session = d.body().get(0).session();
        assertThat(List.of(session.start(), session.end())).containsExactly(java.time.LocalTime.of(7, 30),
                java.time.LocalTime.of(11, 30));
        assertThat(d.body().get(1).points().get(0).points()).extracting(p -> p.task().lead() + ": " + p.task().deliverable())
                .containsExactly("Sở Y tế: tham luận", "Sở Tư pháp: tham luận");
    }

    @Test
    void a_presenter_said_once_under_its_heading_and_markers_typed_without_their_space() {
        String txt = """
                UBND TỈNH QUẢNG NGÃI\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ NỘI VỤ\t\tĐộc lập - Tự do - Hạnh phúc
                Số: 20/GM-SNV\t\tQuảng Ngãi, ngày 05 tháng 11 năm 2021

                GIẤY MỜI
                Dự lớp bồi dưỡng cải cách hành chính

                Sở Nội vụ trân trọng kính mời:
                1. Báo cáo viên
                - Do Bộ Nội vụ phân công.
                2. Nội dung tập huấn
                a) Giới thiệu Chương trình tổng thể cải cách hành chính.
                b) Giới thiệu Chỉ số cải cách hành chính của địa phương.
                3. Tổ chức thực hiện
                3.1.Kinh phí tổ chức: do Sở Nội vụ bảo đảm.
                3.2.Trách nhiệm thực hiện: các đơn vị chủ động bố trí.

                Nơi nhận:\t\tGIÁM ĐỐC
                - Như trên;
                - Lưu: VT.

                \t\tLê Văn Nam
                """;
        InvitationDto d = IMPORTER.read(TextSource.read(txt.getBytes(StandardCharsets.UTF_8), "bd.txt")).draft();
        assertThat(d.body().get(1).points()).extracting(p -> p.agenda().presenter()).containsExactly("Bộ Nội vụ", "Bộ Nội vụ");
        // the marker is kept as its style's sample: 3.1. and 3.2. are the nested numbers 1.1.
        assertThat(d.body().get(2).points()).extracting(p -> p.marker() + " " + p.text()).containsExactly(
                "1.1. Kinh phí tổ chức: do Sở Nội vụ bảo đảm.", "1.1. Trách nhiệm thực hiện: các đơn vị chủ động bố trí.");
    }
}

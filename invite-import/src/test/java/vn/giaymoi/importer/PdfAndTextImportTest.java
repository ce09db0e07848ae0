package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}

package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.InvitationDto;
import vn.giaymoi.importer.source.TextSource;

/**
 * Importing a Youth Union document (HD 29-HD/TWĐTN-VP) typed as text: the heading {@code ĐOÀN TNCS HỒ CHÍ MINH}
 * gives the format, the three asterisks end the issuing body, {@code Số: 15-GM/TĐTN-VP} is its number. The wording is
 * the Đoàn trường Đại học Ngân hàng's convocation of November 2013 (youth.buh.edu.vn).
 */
class YouthUnionImportTest {
    private static final InvitationImporter IMPORTER = new InvitationImporter();

    private static InvitationDto read(String text) {
        return IMPORTER.read(TextSource.read(text.getBytes(StandardCharsets.UTF_8), "x.txt")).draft();
    }

    private static final String CONVOCATION = """
            THÀNH ĐOÀN TP. HỒ CHÍ MINH\t\t%s
            BCH TRƯỜNG ĐẠI HỌC NGÂN HÀNG
            ***\t\tThành phố Hồ Chí Minh, ngày 01 tháng 11 năm 2013
            Số: 15-TB/ĐTN

            THÔNG BÁO
            Triệu tập tham dự Lễ tuyên dương danh hiệu "Sinh viên ngân hàng 5 tốt"

            Ban Thường vụ Đoàn trường thông báo đến tất cả các cơ sở Đoàn như sau:
            1. Thời gian: từ 18g00 đến 20g00 ngày 07/11/2013 (thứ Năm).
            2. Địa điểm: Hội trường lớn – cơ sở Thủ Đức.

            Nơi nhận:\t\tTM. BAN THƯỜNG VỤ
            - Các cơ sở Đoàn trực thuộc;\t\tBÍ THƯ
            - Lưu VP.
            """;

    @Test
    void the_youth_union_heading_gives_the_format_and_the_number_keeps_its_form() {
        InvitationDto d = read(CONVOCATION.formatted("ĐOÀN TNCS HỒ CHÍ MINH"));
        assertThat(d.format()).isEqualTo("doan");
        assertThat(d.kind()).isEqualTo("thong-bao");
        assertThat(d.number()).isEqualTo("15-TB/ĐTN");
        assertThat(d.issuer().parent()).isEqualTo("THÀNH ĐOÀN TP. HỒ CHÍ MINH");
        assertThat(d.issuer().name()).isEqualTo("BCH TRƯỜNG ĐẠI HỌC NGÂN HÀNG");
        assertThat(d.signature().authority()).containsExactly("TM. BAN THƯỜNG VỤ");
        assertThat(d.distribution()).containsExactly("Các cơ sở Đoàn trực thuộc;", "Lưu VP.");
    }

    @Test
    void the_heading_written_in_full_is_the_same_format_and_a_state_heading_is_not() {
        assertThat(read(CONVOCATION.formatted("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")).format()).isEqualTo("doan");
        String state = CONVOCATION.formatted("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").replace("***\t\t", "\t\t");
        assertThat(read(state).format()).isNull();
    }
}

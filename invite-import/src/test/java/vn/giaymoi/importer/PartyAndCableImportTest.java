package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.InvitationDto;
import vn.giaymoi.importer.source.TextSource;

/**
 * Importing the Party's documents (HD 36-HD/VPTW) and a Công điện (NĐ 30/2020 Mẫu 1.6) typed as text, on the wording of
 * real ones: Công văn 1822-CV/BTGTU, Giấy mời 27-GM/BTGTU (Quảng Ngãi, 2020), Công điện 10/CĐ-UBND (Thanh Hóa, 2022).
 */
class PartyAndCableImportTest {
    private static final InvitationImporter IMPORTER = new InvitationImporter();

    private static InvitationDto read(String text) {
        return IMPORTER.read(TextSource.read(text.getBytes(StandardCharsets.UTF_8), "x.txt")).draft();
    }

    @Test
    void a_party_cong_van_has_its_trich_yeu_under_the_number_without_v_v() {
        InvitationDto d = read("""
                TỈNH ỦY QUẢNG NGÃI\t\tĐẢNG CỘNG SẢN VIỆT NAM
                BAN TUYÊN GIÁO
                *\t\tQuảng Ngãi, ngày 27 tháng 7 năm 2020
                Số 1822-CV/BTGTU
                Hoãn Tọa đàm kỷ niệm 90 năm Ngày truyền
                thống ngành Tuyên giáo

                Kính gửi: Các cơ quan, đơn vị được mời dự Tọa đàm.

                Ban Tuyên giáo Tỉnh ủy quyết định hoãn buổi Tọa đàm nêu trên./.

                Nơi nhận:\t\tK/T TRƯỞNG BAN
                - Như trên,\t\tPHÓ TRƯỞNG BAN
                - Lưu Văn phòng Ban.
                """);
        assertThat(d.kind()).isEqualTo("cong-van");
        assertThat(d.format()).isEqualTo("dang");
        assertThat(d.subject()).isEqualTo("Hoãn Tọa đàm kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo");
        assertThat(d.number()).isEqualTo("1822-CV/BTGTU");
        assertThat(d.issuer().parent()).isEqualTo("TỈNH ỦY QUẢNG NGÃI");
        assertThat(d.issuer().province()).isEqualTo("Quảng Ngãi");
    }

    @Test
    void a_party_giay_moi_opens_with_its_invitation_before_the_khoan() {
        InvitationDto d = read("""
                TỈNH ỦY QUẢNG NGÃI\t\tĐẢNG CỘNG SẢN VIỆT NAM
                BAN TUYÊN GIÁO
                *\t\tQuảng Ngãi, ngày 20 tháng 7 năm 2020
                Số 27-GM/BTGTU

                GIẤY MỜI
                Dự Tọa đàm kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo của Đảng

                Ban Tuyên giáo Tỉnh ủy trân trọng kính mời:
                1. Thành phần: Lãnh đạo các cơ quan, đơn vị được mời.
                2. Thời gian: buổi sáng, thứ Năm, ngày 30/7/2020.
                3. Địa điểm: Hội trường Tỉnh ủy.
                Rất mong các đồng chí đến dự./.
                """);
        assertThat(d.opening().text()).isEqualTo("Ban Tuyên giáo Tỉnh ủy trân trọng kính mời:");
        assertThat(d.body()).hasSize(4);
        assertThat(d.body().get(0).text()).startsWith("Thành phần:");
        assertThat(d.issuer().abbreviation()).isEqualTo("BTGTU");
    }

    @Test
    void inviting_over_a_dashed_list_stays_a_point_with_its_sub_points() {
        InvitationDto d = read("""
                SỞ NỘI VỤ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 05/GM-SNV\t\tHà Tĩnh, ngày 10 tháng 3 năm 2026

                GIẤY MỜI
                Hội nghị triển khai công tác cải cách hành chính năm 2026

                Sở Nội vụ trân trọng kính mời:
                - Đại diện lãnh đạo các sở, ban, ngành cấp tỉnh;
                - Đại diện lãnh đạo UBND các xã, phường.
                Thời gian: 08 giờ 00, ngày 12/3/2026./.
                """);
        assertThat(d.opening()).isNull();
        assertThat(d.body().get(0).text()).isEqualTo("Sở Nội vụ trân trọng kính mời:");
        assertThat(d.body().get(0).points()).hasSize(2);
    }

    @Test
    void a_cong_dien_names_its_recipients_after_the_cabling_words() {
        InvitationDto d = read("""
                ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH THANH HÓA\t\tĐộc lập - Tự do - Hạnh phúc
                Số: 10/CĐ-UBND\t\tThanh Hóa, ngày 25 tháng 9 năm 2022

                CÔNG ĐIỆN
                Về việc tập trung ứng phó khẩn cấp với bão số 4 năm 2022

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
                - Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh;
                - Chủ tịch UBND các huyện, thị xã, thành phố.
                Chủ tịch UBND tỉnh yêu cầu đình hoãn các cuộc họp không thực sự cấp bách./.

                Nơi nhận:\t\tCHỦ TỊCH
                - Như trên;
                - Lưu: VT, NN.
                """);
        assertThat(d.kind()).isEqualTo("cong-dien");
        assertThat(d.issuer().abbreviation()).isEqualTo("UBND");
        assertThat(d.opening().text()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:");
        assertThat(d.addressees()).isEqualTo(List.of("Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh;",
                "Chủ tịch UBND các huyện, thị xã, thành phố."));
        assertThat(d.body()).hasSize(1);
    }

    @Test
    void a_thong_bao_announcing_its_points_opens_with_that_sentence() {
        InvitationDto d = read("""
                ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHƯỜNG QUYẾT TIẾN\t\tĐộc lập - Tự do - Hạnh phúc
                Số: 12/TB-UBND\t\tQuyết Tiến, ngày 20 tháng 10 năm 2022

                THÔNG BÁO
                Thời gian tổ chức Hội thi văn nghệ quần chúng lần thứ IV

                UBND phường thông báo thời gian tổ chức Hội thi như sau:
                1. Khai mạc Hội thi: Từ 7h30 phút đến 17h00 ngày 29/10/2022.
                2. Địa điểm: Nhà văn hóa phường Quyết Tiến./.
                """);
        assertThat(d.kind()).isEqualTo("thong-bao");
        assertThat(d.issuer().abbreviation()).isEqualTo("UBND");
        assertThat(d.opening().text()).isEqualTo("UBND phường thông báo thời gian tổ chức Hội thi như sau:");
        assertThat(d.body()).hasSize(2);
    }
}

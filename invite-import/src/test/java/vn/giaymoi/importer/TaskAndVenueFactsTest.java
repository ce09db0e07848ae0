package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.PointDto;

/** Nhiệm vụ, địa điểm, yêu cầu trong câu: real wordings typed, and the ones that say something else left as text. */
class TaskAndVenueFactsTest {
    private static PointDto.Task task(String text) {
        return Facts.task(text).map(t -> t.fact().task()).orElse(null);
    }

    private static PointDto.Venue venue(String text) {
        return Facts.venue(text, new Facts.Context(List.of("địa điểm:"), null)).map(t -> t.fact().venue()).orElse(null);
    }

    @Test
    void what_is_delivered_by_a_deadline() {
        PointDto.Task t = task("Giao Chi cục Văn thư - Lưu trữ chủ trì, phối hợp với Văn phòng Sở chuẩn bị báo cáo tình hình"
                + " công tác văn thư, xong trước 17 giờ 00 ngày 08/5/2026.");
        assertThat(List.of(t.lead(), t.coordinating(), t.deliverable()))
                .containsExactly("Chi cục Văn thư - Lưu trữ", List.of("Văn phòng Sở"), "báo cáo tình hình công tác văn thư");
        assertThat(Facts.task("Giao Chi cục Văn thư - Lưu trữ chủ trì, phối hợp với Văn phòng Sở chuẩn bị báo cáo tình hình"
                + " công tác văn thư, xong trước 17 giờ 00 ngày 08/5/2026.").orElseThrow().template())
                .isEqualTo("Giao {lead} chủ trì, phối hợp với {coordinating} chuẩn bị {deliverable}, xong trước {deadline}.");
        // preparing without a deadline names no deliverable; sending to a unit names a recipient, not what is sent
        assertThat(task("Văn phòng UBND tỉnh chuẩn bị các điều kiện bảo đảm cho cuộc họp.").deliverable()).isNull();
        assertThat(task("Sở Tư pháp gửi Văn phòng UBND tỉnh trước ngày 14/5/2024.").deliverable()).isNull();
        assertThat(task("Văn phòng UBND tỉnh chuẩn bị các điều kiện kỹ thuật, xong trước ngày 14/5/2024.").deliverable())
                .isNull();
        // what the verb hands over in the clause of the deadline, up to its channel, recipient or purpose
        assertThat(task("Các cơ quan, đơn vị có tên trong danh sách kèm theo chuẩn bị nội dung tham luận, gửi Sở Nội vụ"
                + " tổng hợp trước ngày 14/5/2024.").deliverable()).isEqualTo("nội dung tham luận");
        assertThat(Facts.task("UBND cấp huyện tổng hợp, gửi danh sách đại biểu dự họp qua thư điện tử nhhoang@langson.gov.vn"
                + " trước ngày 16/5/2024 để tổng hợp.").orElseThrow().template())
                .isEqualTo("{lead} tổng hợp, gửi {deliverable} qua thư điện tử nhhoang@langson.gov.vn trước ngày {deadline}"
                        + " để tổng hợp.");
        assertThat(task("Công an tỉnh, Văn phòng UBND tỉnh phối hợp (Trung tâm Công báo - Tin học) cung cấp thông tin cho Sở"
                + " Khoa học và Công nghệ trước 8 giờ 00 ngày 30/6/2025 để chuẩn bị nội dung phát biểu;").deliverable())
                .isEqualTo("thông tin cho Sở Khoa học và Công nghệ");
        // several duties: the one whose clause holds the deadline, a semicolon in brackets inside it
        assertThat(task("Sở Khoa học và Công nghệ: (i) chuẩn bị tài liệu cho lãnh đạo tỉnh; (ii) xây dựng báo cáo; chuẩn bị"
                + " nội dung phát biểu của lãnh đạo tỉnh (tóm tắt; kiến nghị), gửi Văn phòng UBND tỉnh trước 10 giờ 00 ngày"
                + " 30/6/2025);").deliverable()).isEqualTo("nội dung phát biểu của lãnh đạo tỉnh");
    }

    @Test
    void a_lead_written_as_the_units_of_a_list_and_partners_joined_by_va() {
        PointDto.Task t = task("Các cơ quan, đơn vị có tên trong danh sách kèm theo chuẩn bị nội dung tham luận, gửi Sở Nội vụ"
                + " tổng hợp trước ngày 14/5/2024.");
        assertThat(t.lead()).isEqualTo("Các cơ quan, đơn vị có tên trong danh sách kèm theo");
        assertThat(t.deadlines()).extracting(PointDto.Deadline::value).containsExactly("2024-05-14");
        assertThat(task("Viễn thông Quảng Ngãi phối hợp với Sở Nội vụ và Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông"
                + " kiểm tra đường truyền.").coordinating())
                .containsExactly("Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông");
        assertThat(Facts.coordinatingIn("Chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Viễn"
                + " thông Quảng Ngãi để thuê kết nối đường truyền."))
                .containsExactly("Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Viễn thông Quảng Ngãi");
        assertThat(Facts.coordinatingIn("Liên hệ Bộ Nội vụ để chuẩn bị nội dung, tài liệu.")).isEmpty();
    }

    @Test
    void a_bridge_named_before_its_colon_and_the_places_an_online_meeting_reaches() {
        assertThat(venue("Điểm cầu Trụ sở Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Chủ tịch Ủy ban nhân"
                + " dân tỉnh, thành phố chủ trì, mời các thành phần phù hợp./."))
                .isEqualTo(new PointDto.Venue("Trụ sở Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "tinh", null));
        assertThat(venue("Kết nối trực tuyến với cơ sở 2 (đường Lý Hải, phường Vĩnh Phúc)."))
                .isEqualTo(new PointDto.Venue("cơ sở 2 (đường Lý Hải, phường Vĩnh Phúc)", null, null));
        assertThat(Facts.recognise("Trực tuyến đến 6 điểm cầu trên địa bàn phường.", new Facts.Context(List.of(), null))
                .orElseThrow().fact().venue().name()).isEqualTo("6 điểm cầu trên địa bàn phường");
        // a bridge by its level is read as such; a heading with nothing after its colon is no place
        assertThat(venue("Điểm cầu cấp tỉnh: Phòng họp số 3, trụ sở UBND tỉnh.").level()).isEqualTo("tinh");
        assertThat(Facts.recognise("Điểm cầu Trụ sở Chính phủ:", new Facts.Context(List.of(), null))).isEmpty();
    }

    @Test
    void an_app_to_install_with_its_link() {
        PointDto.Requirement r = Facts.requirement("Đại biểu cài đặt ứng dụng họp: ứng dụng họp trực tuyến của tỉnh"
                + " (https://hop.hatinh.gov.vn/app).").orElseThrow().fact().requirement();
        assertThat(r).isEqualTo(new PointDto.Requirement("ung-dung", "ứng dụng họp trực tuyến của tỉnh",
                "https://hop.hatinh.gov.vn/app"));
        assertThat(Facts.requirement("Đại biểu nghiên cứu tài liệu trước kỳ họp.")).isEmpty();
    }

    @Test
    void dress_and_documents_said_without_their_label() {
        String dress = "Tại phiên khai mạc và bế mạc, đại biểu nam mặc comple, thắt cà vạt; đại biểu nữ mặc áo dài"
                + " truyền thống./.";
        assertThat(Facts.requirement(dress).orElseThrow().fact().requirement())
                .isEqualTo(new PointDto.Requirement("trang-phuc", dress, null));
        String documents = "Đại biểu chủ động tra cứu văn bản kỳ họp trên Ứng dụng eCabinet;";
        assertThat(Facts.requirement(documents).orElseThrow().fact().requirement().kind()).isEqualTo("tai-lieu");
        // the label, when written, is kept apart from the detail
        assertThat(Facts.requirement("Trang phục: đại biểu nam mặc comple.").orElseThrow().fact().requirement().detail())
                .isEqualTo("đại biểu nam mặc comple");
        assertThat(Facts.requirement("Ban Tổ chức mặc định gửi tài liệu qua thư điện tử.")).isEmpty();
    }

    @Test
    void delegations_that_meet_voters_by_a_deadline() {
        PointDto.Task t = task("Các tổ đại biểu tiếp xúc cử tri trước kỳ họp xong trước ngày 30/11/2025./.");
        assertThat(t.lead()).isEqualTo("Các tổ đại biểu");
        assertThat(t.deadlines()).extracting(PointDto.Deadline::value).containsExactly("2025-11-30");
    }
}

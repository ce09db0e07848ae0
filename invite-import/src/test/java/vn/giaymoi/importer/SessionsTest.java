package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.format.dto.PointDto;

/** Buổi họp trong câu: real wordings typed, and the days that are not the meeting's left as text. */
class SessionsTest {
    private static final LocalDate ISSUED = LocalDate.of(2025, 8, 20);

    private static PointDto.Session session(String text) {
        return Sessions.read(text, ISSUED).map(Sessions.Found::session).orElse(null);
    }

    @Test
    void a_part_of_the_day_without_a_clock_time() {
        assertThat(session("Thời gian: buổi sáng, thứ Năm, ngày 30/7/2020."))
                .isEqualTo(new PointDto.Session(LocalDate.of(2020, 7, 30), null, null, null, null, null, "sang"));
        assertThat(Sessions.read("Thời gian: buổi chiều, ngày 7-7-2025.", ISSUED).orElseThrow().template())
                .isEqualTo("Thời gian: buổi {partOfDay}, ngày {date:d-M-yyyy}.");
        assertThat(session("Thời gian: Chiều tối thứ Bảy- ngày 14/9/2024.").partOfDay()).isEqualTo("toi");
    }

    @Test
    void a_clock_time_written_with_g_as_schools_and_the_youth_union_write_it() {
        // Ban Thường vụ Đoàn trường Đại học Ngân hàng TP. Hồ Chí Minh, November 2013
        Sessions.Found f = Sessions.read("Thời gian: từ 18g00 đến 20g00 ngày 07/11/2013 (thứ Năm).", ISSUED).orElseThrow();
        assertThat(List.of(f.session().date(), f.session().start(), f.session().end()))
                .containsExactly(LocalDate.of(2013, 11, 7), LocalTime.of(18, 0), LocalTime.of(20, 0));
        assertThat(f.template()).isEqualTo("Thời gian: từ {start:HHgmm} đến {end:HHgmm} ngày {date} ({weekday}).");
        // a space left out after "lúc" (Trường ĐH Khoa học Tự nhiên TP.HCM, 2021)
        Sessions.Found typo = Sessions.read("Buổi bổ sung: lúc13g00-14g30 ngày 11/12/2021, các sinh viên chưa tham dự.",
                ISSUED).orElseThrow();
        assertThat(List.of(typo.session().start(), typo.session().end())).containsExactly(LocalTime.of(13, 0),
                LocalTime.of(14, 30));
        assertThat(Spans.times("học13g00")).isEmpty();
        // a g without its minutes is no clock time ("mạng 4g")
        assertThat(Spans.times("phủ sóng 4g toàn trường")).isEmpty();
    }

    @Test
    void a_day_without_its_year_takes_the_issue_year() {
        assertThat(session("Buổi chiều ngày 9/9: các chi bộ còn lại (lớp thứ hai);"))
                .isEqualTo(new PointDto.Session(LocalDate.of(2025, 9, 9), null, null, null, null, null, "chieu"));
        // an invitation of late December for early January
        assertThat(Sessions.read("Buổi sáng ngày 5/1: khai mạc.", LocalDate.of(2025, 12, 28)).orElseThrow().session().date())
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void ranges_of_days_as_offices_write_them() {
        assertThat(session("Thời gian: 2 ngày, từ ngày 27 đến ngày 28/9/2017.")).isEqualTo(new PointDto.Session(
                LocalDate.of(2017, 9, 27), null, null, "2 ngày", null, LocalDate.of(2017, 9, 28), null));
        PointDto.Session two = session("Thời gian: kỳ họp được tổ chức trong hai ngày 13 và 14/8/2025; khai mạc vào"
                + " 7 giờ 30, ngày 13/08/2025.");
        assertThat(List.of(two.date(), two.endDate(), two.start()))
                .containsExactly(LocalDate.of(2025, 8, 13), LocalDate.of(2025, 8, 14), LocalTime.of(7, 30));
        assertThat(session("Thời gian: dự kiến diễn ra trong ba ngày (từ 8-10/12/2025).").endDate())
                .isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(session("Thời gian: buổi chiều ngày 16/5/2023 và buổi sáng ngày 17/5/2023.").endDate())
                .isEqualTo(LocalDate.of(2023, 5, 17));
        // a range of whole days lasts its days, counted as offices count them; half days say no count
        assertThat(session("Thời gian: từ ngày 5-07/3/2021.").duration()).isEqualTo("03 ngày");
        assertThat(session("Đại hội Đảng bộ phường Hà Tiên: ngày 15 và 16/8.").duration()).isEqualTo("02 ngày");
        assertThat(session("Thời gian: buổi chiều ngày 16/5/2023 và buổi sáng ngày 17/5/2023.").duration()).isNull();
        // the length names the part of the day, a clock time given too
        assertThat(session("Thời gian: 01 buổi sáng, Chủ Nhật, từ 08 giờ, ngày 29 tháng 10 năm 2023.").partOfDay())
                .isEqualTo("sang");
        // three days from the 6th end on the 8th
        assertThat(session("Thời gian: 03 ngày, bắt đầu từ 08h00’ ngày 06 tháng 12 năm 2023 (Thứ Tư).").endDate())
                .isEqualTo(LocalDate.of(2023, 12, 8));
    }

    @Test
    void a_clock_time_before_the_day_anywhere_in_the_point() {
        assertThat(session("19h30’ ngày 08/7/2019: tiếp xúc cử tri khu phố Trang Liệt;"))
                .isEqualTo(new PointDto.Session(LocalDate.of(2019, 7, 8), LocalTime.of(19, 30), null, null, null));
    }

    @Test
    void a_cited_document_s_day_a_deadline_or_a_bare_day_is_no_session() {
        assertThat(session("Thành viên Ban Chỉ đạo (Quyết định số 49/QĐ-UBND ngày 09/01/2021 của Chủ tịch UBND tỉnh).")).isNull();
        assertThat(session("Các tổ đại biểu tiếp xúc cử tri trước kỳ họp xong trước ngày 30/11/2025./.")).isNull();
        assertThat(session("Thời gian: ngày 20/12/2021.")).isNull();
        // "1/2 ngày" is half a day, not the 1st of February
        assertThat(session("Thời gian: 1/2 ngày, bắt đầu từ 8 giờ, ngày 12/5/2026.").date()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void the_place_after_the_time_is_typed_with_it_and_a_meeting_told_as_history_is_not() {
        var typed = Facts.recognise("Tổ Đại biểu số 3: Tiếp xúc cử tri tại 15 khu phố vào 18 giờ 00 ngày 07/01/2026"
                + " (tối thứ tư) tại Trường THCS Hoàng Diệu. Tổ trưởng là ông Võ Trương Bình./.",
                new Facts.Context(List.of(), AdministrativeLevel.COMMUNE, ISSUED)).orElseThrow();
        assertThat(typed.fact().venue().name()).isEqualTo("Trường THCS Hoàng Diệu");
        assertThat(typed.fact().session().start()).isEqualTo(LocalTime.of(18, 0));
        assertThat(Facts.recognise("Thực hiện Thông báo số 32/TB-HĐND ngày 09/6/2021, Thường trực HĐND huyện đã mời các"
                + " đại biểu dự Kỳ họp vào sáng ngày 09/8/2021.", new Facts.Context(List.of(), null, ISSUED))).isEmpty();
    }
}

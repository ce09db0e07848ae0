package vn.giaymoi.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Sessions as real convocations write them, including whole days without a clock time. */
class SessionTest {
    private static final LocalDate DEC_7 = LocalDate.of(2022, 12, 7);

    @Test
    void a_session_over_whole_days_needs_neither_a_time_nor_a_part_of_the_day() {
        // Thông báo 48/TB-HĐND (Hà Nội, 2022): "từ ngày 7-12 đến 10-12-2022", no time
        Session s = new Session(DEC_7, null, null, null, null, LocalDate.of(2022, 12, 10), null);
        assertThat(s.wholeDays()).isTrue();
        assertThat(s.startsAt()).isEqualTo(LocalDateTime.of(2022, 12, 7, 7, 30));
        assertThat(s.endsAt()).isEqualTo(LocalDateTime.of(2022, 12, 10, 17, 0));
        assertThat(s.placeholders()).doesNotContainKey("partOfDay");
        assertThat(s.defaultWording()).isEqualTo("Thời gian: từ ngày {date} đến ngày {endDate}.");
    }

    @Test
    void one_whole_day_is_said_by_its_duration() {
        // Cầu Giấy (2021): "dự kiến diễn ra trong ngày 20/12/2021"
        Session s = new Session(LocalDate.of(2021, 12, 20), null, null, "trong ngày", null, null, null);
        assertThat(s.endsAt()).isEqualTo(LocalDateTime.of(2021, 12, 20, 17, 0));
        assertThat(s.defaultWording()).isEqualTo("Thời gian: {duration}, {weekday}, ngày {date}.");
    }

    @Test
    void a_bare_date_is_still_refused_as_an_omission() {
        assertThatThrownBy(() -> new Session(DEC_7, null, null, null, null, null, null))
                .hasMessageContaining("partOfDay").hasMessageContaining("duration");
    }

    @Test
    void a_clock_time_or_a_part_of_the_day_is_not_a_whole_day() {
        assertThat(Session.at(DEC_7, LocalTime.of(8, 0)).wholeDays()).isFalse();
        assertThat(new Session(DEC_7, null, null, null, null, null, PartOfDay.AFTERNOON).wholeDays()).isFalse();
    }
}

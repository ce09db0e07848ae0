package vn.giaymoi.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordingTest {
    private final Map<String, Object> values = Map.of(
            "date", LocalDate.of(2021, 11, 6), "start", LocalTime.of(7, 30),
            "weekday", LocalDate.of(2021, 11, 6).getDayOfWeek(), "units", List.of("Nội vụ", "Y tế"),
            "deadline", LocalDateTime.of(2025, 6, 30, 10, 0));

    @Test
    void fills_dates_times_and_weekdays_the_nd30_way_by_default() {
        assertThat(Wording.resolve("{start}, ngày {date} ({weekday})", values)).isEqualTo("07 giờ 30, ngày 06/11/2021 (thứ Bảy)");
        assertThat(Wording.resolve("{date:long}", Map.of("date", LocalDate.of(2026, 2, 5)))).isEqualTo("ngày 05 tháng 02 năm 2026");
    }

    @Test
    void honours_the_authors_patterns() {
        assertThat(Wording.resolve("{start:H giờ mm phút} ngày {date:dd/MM/yyyy} ({weekday:number})", values))
                .isEqualTo("7 giờ 30 phút ngày 06/11/2021 (thứ 7)");
        assertThat(Wording.resolve("{units:; }", values)).isEqualTo("Nội vụ; Y tế");
        assertThat(Wording.resolve("trước {deadline:HH giờ mm ngày d/M/yyyy}", values)).isEqualTo("trước 10 giờ 00 ngày 30/6/2025");
        assertThat(Wording.resolve("{{date}", values)).isEqualTo("{date}");
    }

    @Test
    void prints_the_hour_as_offices_write_it_with_an_h() {
        assertThat(Wording.resolve("{start:Hhmm} và {start:HHhmm’}", values)).isEqualTo("7h30 và 07h30’");
        // schools and the Youth Union write "18g00" (giờ): the g between hour and minute is a separator too
        assertThat(Wording.resolve("{start:HHgmm} đến {start:Hgmm}", values)).isEqualTo("07g30 đến 7g30");
        assertThat(Wording.resolve("{start:Hh}", values)).isEqualTo("7h");
        // an h that is part of a word stays a letter: "thứ" is not a token
        assertThat(Wording.resolve("{date:d/M/yyyy} h", values)).isEqualTo("6/11/2021 h");
    }

    @Test
    void rejects_an_unknown_placeholder_naming_the_known_ones() {
        assertThatThrownBy(() -> Wording.requireKnown("ngày {dat}", Set.of("date", "start")))
                .hasMessageContaining("{dat}").hasMessageContaining("{date}, {start}");
    }
}

package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.PointDto;

/** Chương trình: a meeting given only its start ends with its one programme's last slot. */
class ProgrammesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);

    private static PointDto time(LocalTime start) {
        return new PointDto(null, "Thời gian: ½ ngày, bắt đầu từ {start}.", new PointDto.Session(DAY, start, null, "½ ngày",
                null), null, null, null, null, null, null, null, null);
    }

    private static PointDto programme(String from, String until) {
        return new PointDto(null, "Chương trình:", null, null, null, null, null, null, null, new PointDto.Programme(null,
                List.of(new PointDto.Slot(LocalTime.parse(from), LocalTime.parse("08:15"), "Khai mạc", null),
                        new PointDto.Slot(LocalTime.parse("10:00"), LocalTime.parse(until), "Bế mạc", null))), null);
    }

    @Test
    void the_session_ends_with_the_programme() {
        List<PointDto> body = Programmes.endSessions(List.of(time(LocalTime.of(8, 0)), programme("07:30", "11:30")));
        assertThat(body.get(0).session().end()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void two_programmes_or_one_that_starts_later_end_nothing() {
        assertThat(Programmes.endSessions(List.of(time(LocalTime.of(8, 0)), programme("07:30", "11:30"),
                programme("13:30", "16:30"))).get(0).session().end()).isNull();
        assertThat(Programmes.endSessions(List.of(time(LocalTime.of(8, 0)), programme("13:30", "16:30")))
                .get(0).session().end()).isNull();
    }
}

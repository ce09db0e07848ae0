package vn.giaymoi.domain.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The automatic reminder's day, hour and who gets it, on real calendar weeks of 2026. */
class ReminderScheduleTest {
    private static final ReminderSchedule ONE_DAY = ReminderSchedule.STANDARD;
    /** Monday 8 June 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    @Test
    void one_working_day_before_skips_the_weekend() {
        assertThat(MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ONE_DAY.reminderDay(MONDAY)).isEqualTo(LocalDate.of(2026, 6, 5)); // Friday
        assertThat(ONE_DAY.reminderDay(MONDAY.plusDays(2))).isEqualTo(MONDAY.plusDays(1)); // Wednesday ← Tuesday
        assertThat(ONE_DAY.reminderDay(MONDAY.plusDays(6))).as("a Sunday meeting").isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(new ReminderSchedule(3, LocalTime.NOON).reminderDay(MONDAY.plusDays(1)))
                .as("Tuesday, three working days before: Thursday").isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void due_from_the_hour_of_the_reminder_day_until_the_meeting_begins() {
        LocalDateTime meeting = MONDAY.atTime(14, 0);
        LocalDate issued = LocalDate.of(2026, 6, 1);
        LocalDate friday = LocalDate.of(2026, 6, 5);
        assertThat(ONE_DAY.due(issued, meeting, friday.atTime(7, 59))).isFalse();
        assertThat(ONE_DAY.due(issued, meeting, friday.atTime(8, 0))).isTrue();
        assertThat(ONE_DAY.due(issued, meeting, MONDAY.atTime(9, 0))).as("missed on Friday, still before it").isTrue();
        assertThat(ONE_DAY.due(issued, meeting, meeting)).isFalse();
        assertThat(ONE_DAY.due(issued, meeting, friday.minusDays(1).atTime(10, 0))).as("Thursday").isFalse();
    }

    @Test
    void an_invitation_issued_on_the_reminder_day_or_later_gets_no_automatic_reminder() {
        LocalDateTime meeting = MONDAY.atTime(14, 0);
        LocalDate friday = LocalDate.of(2026, 6, 5);
        assertThat(ONE_DAY.due(friday, meeting, friday.atTime(16, 0))).isFalse();
        assertThat(ONE_DAY.due(friday.minusDays(1), meeting, friday.atTime(16, 0))).isTrue();
    }

    @Test
    void the_look_ahead_covers_every_weekday_of_meeting() {
        for (int days = 1; days <= ReminderSchedule.MAX_WORKING_DAYS; days++) {
            ReminderSchedule s = new ReminderSchedule(days, LocalTime.of(8, 0));
            for (int d = 0; d < 7; d++) {
                LocalDate meeting = MONDAY.plusDays(d);
                assertThat(s.reminderDay(meeting).plusDays(s.reachDays())).as(days + " days, " + meeting.getDayOfWeek())
                        .isAfterOrEqualTo(meeting);
            }
        }
    }

    @Test
    void those_not_yet_answered_and_those_coming_are_reminded_not_those_who_declined_or_sent_someone() {
        assertThat(ReminderSchedule.reminds(null)).isTrue();
        assertThat(ReminderSchedule.reminds(new Reply.Attending())).isTrue();
        assertThat(ReminderSchedule.reminds(new Reply.Declined("trùng lịch"))).isFalse();
        assertThat(ReminderSchedule.reminds(new Reply.Delegated(new Reply.StandIn("Trần Văn Bình", "Phó Giám đốc",
                null, "binh@hatinh.gov.vn")))).isFalse();
    }

    @Test
    void a_lead_outside_one_to_ten_working_days_is_refused() {
        assertThatThrownBy(() -> new ReminderSchedule(0, LocalTime.NOON)).hasMessageContaining("từ 1 đến 10");
        assertThatThrownBy(() -> new ReminderSchedule(11, LocalTime.NOON)).hasMessageContaining("từ 1 đến 10");
    }
}

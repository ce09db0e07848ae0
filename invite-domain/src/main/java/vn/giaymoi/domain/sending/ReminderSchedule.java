package vn.giaymoi.domain.sending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Lịch nhắc tự động (when a meeting's automatic reminder is due): {@code workingDaysBefore} working days before the
 * meeting's first day, from {@code from} o'clock, until the meeting begins. Saturday and Sunday are not working days
 * (a Monday meeting is reminded on Friday); public holidays are not known here, so a reminder may fall on one.
 *
 * <p>An invitation issued on the reminder day or later gets no automatic reminder: it has just arrived. Who is
 * reminded is {@link #reminds(Reply)}. Times are local (Vietnam) and passed in: nothing here reads a clock.
 *
 * @param workingDaysBefore 1…10 working days
 * @param from the time of day from which the reminder leaves
 */
public record ReminderSchedule(int workingDaysBefore, LocalTime from) {
    /** The longest lead allowed: two working weeks. */
    public static final int MAX_WORKING_DAYS = 10;

    /** One working day before, from 08:00. */
    public static final ReminderSchedule STANDARD = new ReminderSchedule(1, LocalTime.of(8, 0));

    public ReminderSchedule {
        Objects.requireNonNull(from, "from");
        if (workingDaysBefore < 1 || workingDaysBefore > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Số ngày làm việc nhắc trước phải từ 1 đến " + MAX_WORKING_DAYS
                    + ", không phải " + workingDaysBefore + ".");
        }
    }

    /** The day the reminder of a meeting on {@code meetingDay} leaves. */
    public LocalDate reminderDay(LocalDate meetingDay) {
        LocalDate day = meetingDay;
        for (int left = workingDaysBefore; left > 0; ) {
            day = day.minusDays(1);
            if (working(day)) left--;
        }
        return day;
    }

    /**
     * Whether the reminder of a meeting beginning at {@code meetingStart}, of an invitation issued on {@code issued},
     * is due at {@code now}.
     */
    public boolean due(LocalDate issued, LocalDateTime meetingStart, LocalDateTime now) {
        LocalDate day = reminderDay(meetingStart.toLocalDate());
        return issued.isBefore(day) && !now.isBefore(day.atTime(from)) && now.isBefore(meetingStart);
    }

    /** How many calendar days ahead a meeting can be whose reminder is due today (to look meetings up). */
    public int reachDays() {
        return workingDaysBefore + 2 * (workingDaysBefore / 5 + 1);
    }

    /**
     * Whether a recipient who gave {@code reply} (null: no answer yet) is reminded: those who have not answered and
     * those coming; not those who declined or sent a stand-in (the stand-in is reminded in their own right).
     */
    public static boolean reminds(Reply reply) {
        return reply == null || reply instanceof Reply.Attending;
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.giaymoi.domain.text.Quantity;
import vn.giaymoi.domain.text.Texts;

/**
 * Buổi họp (meeting session): when it starts, how long it runs, and how early to arrive.
 *
 * @param date the day of the session (the first day of a session over several days)
 * @param start start time (24-hour clock), or {@code null} when only the part of the day is given
 * @param end end time, when the invitation states one (on the last day of a session over several days)
 * @param duration the duration as written: {@code Một buổi}, {@code ½ ngày}, {@code 01 ngày}, {@code 03 ngày}
 * @param arriveEarlyMinutes minutes attendees are asked to arrive early, when stated
 * @param endDate the last day of a session over several days ({@code 23–27/11}), or {@code null} for one day
 * @param partOfDay the part of the day ({@code sáng}, {@code chiều}, {@code tối}); without it and without a start
 *     the session sits whole days, which the invitation must say by a duration or an end date ({@code diễn ra trong
 *     ngày 20/12/2021}, {@code từ ngày 7-12 đến 10-12-2022})
 */
public record Session(LocalDate date, LocalTime start, LocalTime end, String duration, Integer arriveEarlyMinutes,
        LocalDate endDate, PartOfDay partOfDay) implements Fact {
    public Session {
        InvalidValueException.required(date, ErrorCode.SESSION_DATE_MISSING);
        duration = Texts.optional(duration);
        if (start == null && partOfDay == null && duration == null && endDate == null) {
            throw InvalidValueException.of(ErrorCode.SESSION_START_MISSING, null);
        }
        if (endDate != null && !endDate.isAfter(date)) {
            throw InvalidValueException.of(ErrorCode.SESSION_END_DATE_ORDER, endDate, endDate, date);
        }
        if (end != null && start != null && endDate == null && !end.isAfter(start)) {
            throw InvalidValueException.of(ErrorCode.SESSION_END_ORDER, end, end, start);
        }
        if (arriveEarlyMinutes != null && (arriveEarlyMinutes < 0 || arriveEarlyMinutes > 240)) {
            throw InvalidValueException.of(ErrorCode.SESSION_ARRIVE_EARLY, arriveEarlyMinutes, arriveEarlyMinutes);
        }
        if (start != null && partOfDay != null && PartOfDay.of(start) != partOfDay) {
            throw InvalidValueException.of(ErrorCode.SESSION_PART_OF_DAY, start, start, partOfDay.label());
        }
    }

    /** A one-day session with a clock time. */
    public Session(LocalDate date, LocalTime start, LocalTime end, String duration, Integer arriveEarlyMinutes) {
        this(date, start, end, duration, arriveEarlyMinutes, null, null);
    }

    public static Session at(LocalDate date, LocalTime start) {
        return new Session(date, start, null, null, null);
    }

    /** True when the invitation gives a clock time. */
    public boolean hasClockTime() {
        return start != null;
    }

    /** True when the session sits whole days: neither a clock time nor a part of the day is given. */
    public boolean wholeDays() {
        return start == null && partOfDay == null;
    }

    /** The last day the session sits. */
    public LocalDate lastDate() {
        return endDate == null ? date : endDate;
    }

    /** The start, or the opening of its part of the day (of the morning for whole days) when no clock time is given. */
    public LocalDateTime startsAt() {
        return date.atTime(start != null ? start : (partOfDay != null ? partOfDay : PartOfDay.MORNING).opens());
    }

    /**
     * The end of the session: the stated end, else the end of the half day or the working day the duration names
     * (a morning ends 11:30, an afternoon 17:00, a whole day 17:00), else two hours after the start. A session over
     * several days ends on its last day; a part of the day without a clock time ends when that part ends.
     */
    public LocalDateTime endsAt() {
        if (end != null) return lastDate().atTime(end);
        if (endDate != null) return endDate.atTime(17, 0);
        if (start == null) return date.atTime(partOfDay != null ? partOfDay.closes() : PartOfDay.AFTERNOON.closes());
        String d = duration == null ? "" : duration.toLowerCase(java.util.Locale.ROOT);
        boolean halfDay = d.contains("buổi") || d.contains("½") || d.contains("1/2") || d.contains("nửa");
        if (!halfDay && d.contains("ngày")) return date.atTime(17, 0);
        if (halfDay) {
            LocalTime close = start.isBefore(LocalTime.NOON) ? LocalTime.of(11, 30) : LocalTime.of(17, 0);
            if (close.isAfter(start)) return date.atTime(close);
        }
        return startsAt().plusHours(2);
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date);
        if (start != null) m.put("start", start);
        if (end != null) m.put("end", end);
        m.put("weekday", date.getDayOfWeek());
        if (duration != null) m.put("duration", duration);
        if (arriveEarlyMinutes != null) m.put("arriveEarly", new Quantity(arriveEarlyMinutes, "phút"));
        if (endDate != null) {
            m.put("endDate", endDate);
            m.put("endWeekday", endDate.getDayOfWeek());
        }
        if (!wholeDays()) m.put("partOfDay", (partOfDay != null ? partOfDay : PartOfDay.of(start)).label());
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("date", "start", "end", "weekday", "duration", "arriveEarly", "endDate", "endWeekday",
                "partOfDay");
    }

    @Override
    public String defaultWording() {
        String day = endDate != null ? "từ ngày {date} đến ngày {endDate}" : "{weekday}, ngày {date}";
        String at = start != null ? "bắt đầu từ {start}, " : partOfDay != null ? "buổi {partOfDay} " : "";
        String when = (duration == null ? "" : "{duration}, ") + at + day;
        String early = arriveEarlyMinutes == null ? "" : " (đề nghị đại biểu có mặt trước {arriveEarly})";
        return "Thời gian: " + when + early + ".";
    }
}

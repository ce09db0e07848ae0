package vn.giaymoi.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.giaymoi.domain.text.Texts;

/**
 * Buổi họp (meeting session): when it starts, how long it runs, and how early to arrive.
 *
 * @param date the day of the session
 * @param start start time (24-hour clock)
 * @param end end time, when the invitation states one
 * @param duration the duration as written: {@code Một buổi}, {@code ½ ngày}, {@code 01 ngày}
 * @param arriveEarlyMinutes minutes attendees are asked to arrive early, when stated
 */
public record Session(LocalDate date, LocalTime start, LocalTime end, String duration, Integer arriveEarlyMinutes)
        implements Fact {
    public Session {
        Objects.requireNonNull(date, "ngày họp");
        Objects.requireNonNull(start, "giờ bắt đầu");
        duration = Texts.optional(duration);
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("giờ kết thúc " + end + " phải sau giờ bắt đầu " + start);
        }
        if (arriveEarlyMinutes != null && (arriveEarlyMinutes < 0 || arriveEarlyMinutes > 240)) {
            throw new IllegalArgumentException("số phút đến sớm phải từ 0 đến 240: " + arriveEarlyMinutes);
        }
    }

    public static Session at(LocalDate date, LocalTime start) {
        return new Session(date, start, null, null, null);
    }

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    /**
     * The end of the session: the stated end, else the end of the half day or the working day the duration names
     * (a morning ends 11:30, an afternoon 17:00, a whole day 17:00), else two hours after the start.
     */
    public LocalDateTime endsAt() {
        if (end != null) return date.atTime(end);
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
        m.put("start", start);
        if (end != null) m.put("end", end);
        m.put("weekday", date.getDayOfWeek());
        if (duration != null) m.put("duration", duration);
        if (arriveEarlyMinutes != null) m.put("arriveEarly", arriveEarlyMinutes);
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("date", "start", "end", "weekday", "duration", "arriveEarly");
    }

    @Override
    public String defaultWording() {
        String when = (duration == null ? "" : "{duration}, ") + "bắt đầu từ {start}, {weekday}, ngày {date}";
        String early = arriveEarlyMinutes == null ? "" : " (đề nghị đại biểu có mặt trước {arriveEarly} phút)";
        return "Thời gian: " + when + early + ".";
    }
}

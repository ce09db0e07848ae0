package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lịch tiếng Việt (Vietnamese dates, times and weekdays) as written in administrative documents.
 *
 * <p>ND30 PL I §II.4.b: days below 10 and the months 1 and 2 take a leading zero, so the default date form is
 * {@code 12/5/2026}, {@code 06/11/2021}, {@code 05/02/2026}. PL II §V.8.c: a weekday in words capitalises the
 * day syllable ({@code thứ Hai}, {@code Chủ nhật}). Times use the 24-hour clock ({@code 08 giờ 00}).
 */
public final class VietnameseCalendar {
    private VietnameseCalendar() {}

    private static final Map<DayOfWeek, String> WEEKDAY_WORDS = Map.of(
            DayOfWeek.MONDAY, "thứ Hai", DayOfWeek.TUESDAY, "thứ Ba", DayOfWeek.WEDNESDAY, "thứ Tư",
            DayOfWeek.THURSDAY, "thứ Năm", DayOfWeek.FRIDAY, "thứ Sáu", DayOfWeek.SATURDAY, "thứ Bảy",
            DayOfWeek.SUNDAY, "Chủ nhật");

    /**
     * A token stands apart from letters, except the {@code h} that offices write between hour and minute (8h30), and
     * the {@code g} (giờ) that schools and the Youth Union write there (18g00).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:(?<![\\p{L}])|(?<=H[hg]))(yyyy|dd|d|MM|M|HH|H|mm|m)(?:(?![\\p{L}])|(?<=H)(?=h(?:m|[^\\p{L}]|$)|gm))");

    /** ND30 padding: day padded below 10, month padded only for 1 and 2 (PL I §II.4.b). */
    public static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    /** ND30 padding of a month: {@code 01}, {@code 02}, then {@code 3} … {@code 12}. */
    public static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** {@code 12/5/2026}: the ô 4 padding applied to a short date in the content. */
    public static String shortDate(LocalDate date) {
        return day(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + date.getYear();
    }

    /** {@code ngày 12 tháng 5 năm 2026}. */
    public static String longDate(LocalDate date) {
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** {@code 08 giờ 00}. */
    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d giờ %02d", time.getHour(), time.getMinute());
    }

    /** {@code thứ Sáu}, {@code Chủ nhật}. */
    public static String weekday(DayOfWeek day) {
        return WEEKDAY_WORDS.get(day);
    }

    /** {@code thứ 6}; Sunday is {@code Chủ nhật} (it has no number). */
    public static String weekdayNumber(DayOfWeek day) {
        return day == DayOfWeek.SUNDAY ? "Chủ nhật" : "thứ " + (day.getValue() + 1);
    }

    /** Reads a weekday written in words or digits ({@code thứ Sáu}, {@code Thứ sáu}, {@code thứ 6}, {@code chủ nhật}). */
    public static Optional<DayOfWeek> parseWeekday(String written) {
        String w = Texts.nfc(written).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.equals("chủ nhật") || w.equals("cn")) return Optional.of(DayOfWeek.SUNDAY);
        for (var e : WEEKDAY_WORDS.entrySet()) {
            if (e.getValue().toLowerCase(Locale.ROOT).equals(w)) return Optional.of(e.getKey());
        }
        if (w.equals("thứ bẩy")) return Optional.of(DayOfWeek.SATURDAY);
        if (w.matches("thứ [2-7]")) return Optional.of(DayOfWeek.of(w.charAt(4) - '1'));
        return Optional.empty();
    }

    /**
     * Formats with a small pattern whose tokens are {@code d dd M MM yyyy H HH m mm}, everything else literal, so
     * a clerk can write {@code H giờ mm phút} or {@code dd/MM/yyyy} without quoting Vietnamese words.
     */
    public static String format(LocalDate date, LocalTime time, String pattern) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = switch (token) {
                case "yyyy" -> need(date, token).getYear() + "";
                case "dd" -> String.format(Locale.ROOT, "%02d", need(date, token).getDayOfMonth());
                case "d" -> need(date, token).getDayOfMonth() + "";
                case "MM" -> String.format(Locale.ROOT, "%02d", need(date, token).getMonthValue());
                case "M" -> need(date, token).getMonthValue() + "";
                case "HH" -> String.format(Locale.ROOT, "%02d", need(time, token).getHour());
                case "H" -> need(time, token).getHour() + "";
                case "mm" -> String.format(Locale.ROOT, "%02d", need(time, token).getMinute());
                default -> need(time, token).getMinute() + "";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static <T> T need(T value, String token) {
        if (value == null) throw InvalidValueException.of(ErrorCode.FORMAT_PART_MISSING, token, token);
        return value;
    }
}

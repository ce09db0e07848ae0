package vn.giaymoi.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ngày không có trong lịch (impossible date): a date written in the right shape that the calendar does not have,
 * such as 2026-02-30. Said as such, not as a wrong format, so the author corrects the day rather than the writing.
 */
final class ImpossibleDates {
    private static final Pattern ISO = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(T.*)?\\s*");

    private ImpossibleDates() {}

    /** What is impossible about {@code written}, when a date was expected and it is shaped like one. */
    static Optional<String> explain(Object written, Class<?> target) {
        if (target != LocalDate.class || !(written instanceof String s)) return Optional.empty();
        return explain(s);
    }

    /** What is impossible about {@code written} ({@code YYYY-MM-DD}, optionally with a time); empty when it exists or is not shaped like a date. */
    static Optional<String> explain(String written) {
        Matcher m = ISO.matcher(written);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return explain(year, month, day).map(why -> "ngày '" + written.strip() + "' không có trong lịch: " + why);
    }

    /** Why day/month/year is not a date; empty when it is one. */
    static Optional<String> explain(int year, int month, int day) {
        if (month < 1 || month > 12) return Optional.of("không có tháng " + month + " (tháng từ 1 đến 12)");
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return Optional.of("tháng " + month + " năm " + year + " chỉ có " + length + " ngày");
        }
        return Optional.empty();
    }
}

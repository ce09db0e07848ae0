package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import vn.giaymoi.domain.text.Texts;
import vn.giaymoi.domain.text.VietnameseCalendar;

/**
 * Địa danh và thời gian ban hành (place and date, ô 4): {@code Hà Tĩnh, ngày 05 tháng 02 năm 2026}.
 *
 * <p>Day and month are kept as written so that padding can be checked (PL I §II.4.b); a draft leaves either blank
 * ({@code Hà Tĩnh, ngày tháng năm 2026}). A complete date must exist in the calendar.
 *
 * @param place the địa danh
 * @param day the day as written ({@code 05}), or empty
 * @param month the month as written ({@code 5}, {@code 02}), or empty
 * @param year the year
 */
public record DateLine(String place, String day, String month, int year) {
    public DateLine {
        place = Texts.required(place, ErrorCode.PLACE_BLANK);
        day = digits(day, ErrorCode.DAY_RANGE, 31);
        month = digits(month, ErrorCode.MONTH_RANGE, 12);
        if (year < 1945 || year > 2200) throw InvalidValueException.of(ErrorCode.YEAR_RANGE, year, year);
        if (!day.isEmpty() && !month.isEmpty()) {
            try {
                LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException e) {
                throw InvalidValueException.because(e, ErrorCode.DATE_NOT_IN_CALENDAR, day + "/" + month + "/" + year, day, month, year);
            }
        }
    }

    private static String digits(String s, ErrorCode what, int max) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) return v;
        if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > max) {
            throw InvalidValueException.of(what, v, v);
        }
        return v;
    }

    /** The ND30 way of writing {@code date} at {@code place}: day padded, months 1–2 padded. */
    public static DateLine of(String place, LocalDate date) {
        return new DateLine(place, VietnameseCalendar.day(date.getDayOfMonth()),
                VietnameseCalendar.month(date.getMonthValue()), date.getYear());
    }

    /** A draft with only the year: {@code ngày tháng năm 2026}. */
    public static DateLine draft(String place, int year) {
        return new DateLine(place, "", "", year);
    }

    public boolean isDraft() {
        return day.isEmpty() || month.isEmpty();
    }

    public Optional<LocalDate> date() {
        return isDraft() ? Optional.empty()
                : Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    }

    /** {@code Hà Tĩnh, ngày 05 tháng 02 năm 2026}; blanks keep room to write by hand. */
    public String printed() {
        return place + ", ngày " + blank(day) + " tháng " + blank(month) + " năm " + year;
    }

    private static String blank(String s) {
        return s.isEmpty() ? "    " : s;
    }
}

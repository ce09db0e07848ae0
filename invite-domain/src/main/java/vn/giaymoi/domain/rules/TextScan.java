package vn.giaymoi.domain.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.text.VietnameseCalendar;

/**
 * Đọc ngày và thứ trong lời văn (dates and weekdays written in the text): {@code 17/5/2024},
 * {@code ngày 17 tháng 5 năm 2024}, {@code thứ Sáu}, {@code thứ 7}, {@code Chủ nhật}, and which weekday stands next
 * to which date. Works on the resolved text, so placeholders and literal wording are read alike.
 */
final class TextScan {
    private TextScan() {}

    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern LONG_DATE = Pattern.compile(
            "(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!\\p{L})(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s+nhật)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GAP_BEFORE_DATE = Pattern.compile("[\\s,(]*(?:ngày)?[\\s,]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GAP_AFTER_DATE = Pattern.compile("[\\s,(]*");

    /** A text and the field path it comes from. */
    record Source(String path, String text) {}

    /**
     * A date as written.
     *
     * @param written the characters, e.g. {@code 7/9/2021}
     * @param day the day digits as written
     * @param month the month digits as written
     * @param year the year
     * @param start offset in the text
     * @param end offset after it
     * @param isShort true for {@code d/m/yyyy}, false for {@code ngày … tháng … năm …}
     */
    record WrittenDate(String written, String day, String month, int year, int start, int end, boolean isShort) {
        Optional<LocalDate> date() {
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        /** The same date with ND30 padding (PL I §II.4.b): day below 10 and months 1–2 padded. */
        String padded() {
            int d = Integer.parseInt(day);
            int m = Integer.parseInt(month);
            String pd = d < 10 ? "0" + d : Integer.toString(d);
            String pm = m <= 2 ? "0" + m : month;
            return isShort ? pd + "/" + pm + "/" + year
                    : written.replaceFirst("(?i)(ngày\\s+)\\d{1,2}(\\s+tháng\\s+)\\d{1,2}", "$1" + pd + "$2" + pm);
        }
    }

    /** A weekday next to a date. */
    record DatedWeekday(String written, DayOfWeek weekday, WrittenDate date, int start) {}

    static List<WrittenDate> dates(String text) {
        List<WrittenDate> out = new ArrayList<>();
        Matcher m = SHORT_DATE.matcher(text);
        while (m.find()) out.add(new WrittenDate(m.group(), m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.start(), m.end(), true));
        m = LONG_DATE.matcher(text);
        while (m.find()) out.add(new WrittenDate(m.group(), m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.start(), m.end(), false));
        return out;
    }

    /**
     * Weekdays written right before or right after a date: {@code thứ Sáu, ngày 17/5/2024},
     * {@code 17/5/2024 (thứ 6)}. The date that follows wins, as in {@code ngày 16/5/2024, thứ Sáu ngày 17/5/2024}.
     */
    static List<DatedWeekday> datedWeekdays(String text) {
        // dates by where they start and end, so each weekday looks only at its nearest neighbours: linear overall
        TreeMap<Integer, WrittenDate> byStart = new TreeMap<>();
        TreeMap<Integer, WrittenDate> byEnd = new TreeMap<>();
        for (WrittenDate d : dates(text)) {
            byStart.putIfAbsent(d.start(), d);
            byEnd.putIfAbsent(d.end(), d);
        }
        List<DatedWeekday> out = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(text);
        Matcher before = GAP_BEFORE_DATE.matcher(text);
        Matcher after = GAP_AFTER_DATE.matcher(text);
        while (m.find()) {
            Optional<DayOfWeek> day = VietnameseCalendar.parseWeekday(m.group(1));
            if (day.isEmpty()) continue;
            int start = m.start();
            int end = m.end();
            // a gap holds no digit, so only the nearest date on either side can be the weekday's date
            Optional<WrittenDate> date = Optional.ofNullable(byStart.ceilingEntry(end)).map(Map.Entry::getValue)
                    .filter(d -> before.region(end, d.start()).matches())
                    .or(() -> Optional.ofNullable(byEnd.floorEntry(start)).map(Map.Entry::getValue)
                            .filter(d -> after.region(d.end(), start).matches()));
            date.ifPresent(d -> out.add(new DatedWeekday(m.group(1), day.get(), d, start)));
        }
        return out;
    }

    /** True when {@code offset} starts a sentence: nothing but blanks before it, or {@code . ! ? :} then blanks. */
    static boolean startsSentence(String text, int offset) {
        int i = offset; // walks back over the blanks instead of copying the text before: linear for all weekdays
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i == 0 || ".!?:".indexOf(text.charAt(i - 1)) >= 0;
    }
}

package vn.giaymoi.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ngày, giờ trong câu (dates and times found in a sentence), each with the placeholder format that prints it back
 * exactly as written ({@code 7 giờ 30 phút} → {@code H giờ mm phút}, {@code 06/11/2021} → {@code dd/MM/yyyy}).
 */
final class Spans {
    private Spans() {}

    /**
     * A found value and where it is. {@code format} is null when the default format prints it as written;
     * {@code rewritten} is true when no format can ({@code 8H30}), so the default form replaces the author's.
     */
    record Found<T>(int start, int end, T value, String format, boolean rewritten) {
        Found(int start, int end, T value, String format) {
            this(start, end, value, format, false);
        }
    }

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(\\s*giờ\\s*)(\\d{1,2})(\\s*phút)?(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d])(\\d{1,2})(\\s*giờ)(?![\\p{L}\\d]|\\s*\\d)"
                    // "lúc13g00": a space left out after "lúc" still begins a time
                    + "|(?:(?<![\\p{L}\\d])|(?<=lúc))(\\d{1,2})([hH]|g(?=\\d{2}))(\\d{2})?(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d:])(\\d{1,2})(:)(\\d{2})(?![\\d:])");

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)"
                    + "|(ngày\\s+)(\\d{1,2})(\\s+tháng\\s+)(\\d{1,2})(\\s+năm\\s+)(\\d{4})");

    static List<Found<LocalTime>> times(String text) {
        List<Found<LocalTime>> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            String h;
            String mid;
            String min;
            String tail = "";
            if (m.group(1) != null) {
                h = m.group(1);
                mid = m.group(2);
                min = m.group(3);
                tail = m.group(4) == null ? "" : m.group(4);
            } else if (m.group(5) != null) {
                h = m.group(5);
                mid = m.group(6);
                min = null;
            } else if (m.group(7) != null) {
                h = m.group(7);
                mid = m.group(8);
                min = m.group(9);
            } else {
                h = m.group(10);
                mid = m.group(11);
                min = m.group(12);
            }
            int hour = Integer.parseInt(h);
            int minute = min == null ? 0 : Integer.parseInt(min);
            if (hour > 23 || minute > 59) continue;
            LocalTime t = LocalTime.of(hour, minute);
            String written = vn.giaymoi.domain.text.VietnameseCalendar.time(t);
            if (m.group(7) != null && mid.equals("H")) { // 8H30: a capital H would read as the hour token
                out.add(new Found<>(m.start(), m.end(), t, null, !written.equals(m.group())));
                continue;
            }
            String pattern = width(h, "H") + mid + (min == null ? "" : width(min, "m")) + tail;
            out.add(new Found<>(m.start(), m.end(), t, written.equals(m.group()) ? null : pattern));
        }
        return out;
    }

    static List<Found<LocalDate>> dates(String text) {
        List<Found<LocalDate>> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(1)));
                    String sep = m.group(2);
                    String pattern = width(m.group(1), "d") + sep + width(m.group(3), "M") + sep + "yyyy";
                    String format = vn.giaymoi.domain.text.VietnameseCalendar.shortDate(d).equals(m.group()) ? null : pattern;
                    out.add(new Found<>(m.start(), m.end(), d, format));
                } else {
                    // groups 5-10 of DATE: "ngày ", day, " tháng ", month, " năm ", year
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(10)), Integer.parseInt(m.group(8)),
                            Integer.parseInt(m.group(6)));
                    String pattern = m.group(5) + width(m.group(6), "d") + m.group(7) + width(m.group(8), "M")
                            + m.group(9) + "yyyy";
                    String format = vn.giaymoi.domain.text.VietnameseCalendar.longDate(d).equals(m.group()) ? "long" : pattern;
                    out.add(new Found<>(m.start(), m.end(), d, format));
                }
            } catch (DateTimeException e) {
                // 31/02 is not a date: it stays as the author's text
            }
        }
        return out;
    }

    private static String width(String digits, String token) {
        return digits.length() == 2 ? token + token : token;
    }

    /** Replaces spans (non-overlapping, any order) of {@code text} with their placeholder text. */
    static String replace(String text, List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder b = new StringBuilder(escapeBraces(text));
        // braces are escaped first, so offsets shift only where a literal brace precedes a span: rare, and then the
        // verification by re-rendering drops the fact
        for (Replacement r : sorted) b.replace(r.start(), r.end(), r.placeholder());
        return b.toString();
    }

    /** A literal {@code {} in the author's text is written {@code {{} in a template. */
    static String escapeBraces(String text) {
        return text.replace("{", "{{");
    }

    record Replacement(int start, int end, String placeholder) {}

    static String placeholder(String name, String format) {
        return "{" + name + (format == null ? "" : ":" + format) + "}";
    }
}

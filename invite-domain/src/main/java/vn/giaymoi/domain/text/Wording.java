package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lời văn có chỗ điền (wording with placeholders): {@code Thời gian: {duration}, bắt đầu từ {start}, ngày {date}.}
 *
 * <p>Typed facts (a date, a time, a lead unit) are stored once and shown through the author's own wording, so
 * the calendar file, the rules and the printed sentence can never disagree. A placeholder is {@code {name}} or
 * {@code {name:format}}; <code>{{}</code> writes a literal brace. Formats: for dates {@code long} or a pattern of
 * {@code d dd M MM yyyy}; for times a pattern of {@code H HH m mm} ({@code HHhmm} prints 08h30); for weekdays {@code number} or {@code capital};
 * for lists the separator; for counts with a unit ({@code {arriveEarly}} is {@code 15 phút}) {@code number}.
 */
public final class Wording {
    private Wording() {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\{([A-Za-z][A-Za-z0-9]*)(?::([^}]*))?}");

    /** The placeholder names used in {@code template}, in order of first use. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (m.group(1) != null && !names.contains(m.group(1))) names.add(m.group(1));
        }
        return names;
    }

    /** Rejects a template that names a placeholder not in {@code known}. */
    public static void requireKnown(String template, Set<String> known) {
        for (String name : placeholders(template)) {
            if (!known.contains(name)) {
                throw InvalidValueException.of(ErrorCode.PLACEHOLDER_UNKNOWN, name, name,
                        String.join(", ", new TreeSet<>(known).stream().map(k -> "{" + k + "}").toList()));
            }
        }
    }

    /**
     * Longest wording a point may have once its placeholders are filled, in characters: a {@code {units}} repeated
     * a thousand times would otherwise print megabytes from a few kilobytes of input.
     */
    public static final int MAX_RESOLVED = 20_000;

    /**
     * How often one placeholder may be filled in one wording: real wordings write a date in parts
     * ({@code {date:dd} tháng {date:MM} năm {date:yyyy}}), never more. With {@link #MAX_RESOLVED} this keeps the
     * filled-in text within a few times the input, so the rules' and renderers' work stays proportional to what was
     * sent (a {@code {units}} written 33 times printed 14 times its input).
     */
    public static final int MAX_FILLS = 4;

    /**
     * Fills every placeholder from {@code values}; a missing value leaves the placeholder visible, an empty format
     * ({@code {date:}}) is the default one.
     *
     * @throws IllegalArgumentException when a format asks for a part the value lacks ({@code {deadline:HH}} on a
     *     deadline without a time), when one placeholder is filled more than {@link #MAX_FILLS} times, or when the
     *     result would be longer than {@link #MAX_RESOLVED}
     */
    public static String resolve(String template, Map<String, ?> values) {
        // A placeholder starts at a brace: the pattern is tried at each brace only, not at every character, and the
        // wording of most paragraphs, which has none, is returned as it is.
        int brace = template.indexOf('{');
        if (brace < 0) {
            if (template.length() > MAX_RESOLVED) throw tooLong();
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        Map<String, Integer> fills = new HashMap<>();
        int copied = 0;
        while (brace >= 0) {
            if (!m.region(brace, template.length()).lookingAt()) {
                brace = template.indexOf('{', brace + 1);
                continue;
            }
            String replacement;
            if (m.group(1) == null) {
                replacement = "{";
            } else {
                if (fills.merge(m.group(1), 1, Integer::sum) > MAX_FILLS) {
                    throw InvalidValueException.of(ErrorCode.PLACEHOLDER_REPEATED, m.group(1), m.group(1), MAX_FILLS);
                }
                Object value = values.get(m.group(1));
                String format = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2);
                if (value instanceof Quantity q && format == null && unitFollows(template, m.end(), q.unit())) {
                    value = q.number(); // the wording writes the unit itself: "{arriveEarly} phút"
                }
                replacement = value == null ? m.group() : format(value, format);
            }
            out.append(template, copied, m.start()).append(replacement);
            copied = m.end();
            if (out.length() > MAX_RESOLVED) throw tooLong(); // stops a flood after one placeholder too many
            brace = template.indexOf('{', copied);
        }
        out.append(template, copied, template.length());
        if (out.length() > MAX_RESOLVED) throw tooLong();
        return out.toString();
    }

    private static IllegalArgumentException tooLong() {
        return InvalidValueException.of(ErrorCode.WORDING_TOO_LONG, null, MAX_RESOLVED);
    }

    private static boolean unitFollows(String template, int at, String unit) {
        String rest = template.substring(at).stripLeading();
        return rest.startsWith(unit) && (rest.length() == unit.length() || !Character.isLetter(rest.charAt(unit.length())));
    }

    static String format(Object value, String format) {
        if (value instanceof Quantity q && "number".equals(format)) return q.number();
        if (value instanceof LocalDate d) {
            if (format == null) return VietnameseCalendar.shortDate(d);
            if (format.equals("long")) return VietnameseCalendar.longDate(d);
            return VietnameseCalendar.format(d, null, format);
        }
        if (value instanceof LocalTime t) {
            return format == null ? VietnameseCalendar.time(t) : VietnameseCalendar.format(null, t, format);
        }
        if (value instanceof LocalDateTime dt) {
            return format == null
                    ? VietnameseCalendar.time(dt.toLocalTime()) + " ngày " + VietnameseCalendar.shortDate(dt.toLocalDate())
                    : VietnameseCalendar.format(dt.toLocalDate(), dt.toLocalTime(), format);
        }
        if (value instanceof DayOfWeek w) {
            if ("number".equals(format)) return VietnameseCalendar.weekdayNumber(w);
            String words = VietnameseCalendar.weekday(w);
            return "capital".equals(format) ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words;
        }
        if (value instanceof List<?> list) {
            return String.join(format == null ? ", " : format, list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}

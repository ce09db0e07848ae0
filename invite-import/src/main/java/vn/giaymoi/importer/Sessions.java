package vn.giaymoi.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.meeting.PartOfDay;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.VietnameseCalendar;
import vn.giaymoi.domain.text.Wording;
import vn.giaymoi.format.dto.PointDto;

/**
 * Buổi họp trong câu (a session in a sentence): the day, and the clock time or the part of the day, as offices
 * write them: {@code buổi sáng, thứ Năm, ngày 30/7/2020}, {@code 19h30’ ngày 08/7/2019}, {@code Buổi chiều ngày 9/9}
 * (the year is the issue date's), {@code từ ngày 27 đến ngày 28/9/2017}, {@code hai ngày 13 và 14/8/2025},
 * {@code 03 ngày, bắt đầu từ 08h00 ngày 06/12/2023} (three days from the 6th). The wording with placeholders must
 * print the author's sentence back exactly, or nothing is typed.
 */
final class Sessions {
    private Sessions() {}

    /** What was found, and where its wording ends (a venue written after it starts there). */
    record Found(String template, PointDto.Session session, Session fact, String doubt, int end,
            List<Spans.Replacement> replacements) {}

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])([Tt]hứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[2-7])|[Cc]hủ\\s+[Nn]hật)(?![\\p{L}\\d])");
    private static final String COUNT = "\\d{1,2}(?:,5)?|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Nn]ửa|½|1/2|[Cc]ả";
    private static final Pattern DURATION = Pattern.compile("(?<![\\p{L}\\d,/])(?<![Tt]hứ\\s)((?:" + COUNT
            + ")\\s+(?:buổi(?:\\s+(?:sáng|chiều|tối))?|ngày)(?:\\s+rưỡi)?)(?![\\p{L}])");
    /** {@code diễn ra trong ngày 20/12/2021}: the session sits that whole day. */
    private static final Pattern WITHIN_DAY = Pattern.compile("(?<![\\p{L}])(trong ngày)\\s+$");
    private static final Pattern EARLY = Pattern.compile("trước\\s+(\\d{1,3})\\s+phút");
    /** A day and month without the year ({@code 9/9}, {@code 18-5}), read only after a word that announces a day. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})(?![\\d]|[/.-]\\d)");
    private static final Pattern DAY_CUE = Pattern.compile("(?i)(?:ngày|sáng|chiều|tối|giờ|\\dh\\d{0,2}’?|\\d{1,2}\\s*(?:và|đến|-|–))\\s*$");
    /** A day cited as a document's (Quyết định số 49/QĐ-UBND ngày 09/01/2021) or as a deadline is not the meeting's. */
    private static final Pattern NOT_THE_MEETING = Pattern.compile(
            "(?i)(?:số\\s+\\S+\\s+ngày|trước|chậm nhất|hạn chót|hạn|tức)\\s*(?:ngày\\s*)?$");
    /** {@code 13 và }, {@code 8 đến }, {@code 5-} before the last day: the first day of the range. */
    private static final Pattern FIRST_DAY = Pattern.compile(
            "(?i)(?:ngày|từ|từ ngày)\\s+(\\d{1,2})(\\s*(?:-|–|đến ngày|đến|và)\\s*(?:ngày\\s+)?)$");
    /** Between the first and the last day of a range written in full: {@code  đến hết ngày }, {@code  và buổi sáng ngày }. */
    private static final Pattern UNTIL = Pattern.compile(
            "^(\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:đến|và|-|–)\\s*(?:hết\\s+)?(?:buổi\\s+\\p{L}+\\s+)?(?:ngày\\s+)?)");
    private static final Pattern PART = Pattern.compile("(?<![\\p{L}])(?:([Bb]uổi)\\s+)?((?:[Cc]hiều\\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]ối))(?![\\p{L}])");

    /** A date in the sentence with the placeholder format that prints it as written. */
    private record Day(int start, int end, LocalDate value, String format) {}

    static Optional<Found> read(String text, LocalDate issued) {
        List<Day> days = days(text, issued);
        Day primary = null;
        for (Day d : days) {
            if (!NOT_THE_MEETING.matcher(text.substring(0, d.start())).find()) {
                primary = d;
                break;
            }
        }
        if (primary == null) return Optional.empty();
        List<Spans.Replacement> rep = new ArrayList<>();
        LocalDate date = primary.value();
        LocalDate endDate = null;
        int clauseEnd = primary.end();
        Matcher first = FIRST_DAY.matcher(text.substring(0, primary.start()));
        if (first.find()) {
            try {
                LocalDate from = date.withDayOfMonth(Integer.parseInt(first.group(1)));
                if (from.isBefore(date)) {
                    endDate = date;
                    date = from;
                    rep.add(new Spans.Replacement(first.start(1), first.end(1),
                            Spans.placeholder("date", first.group(1).length() == 2 ? "dd" : "d")));
                    rep.add(new Spans.Replacement(primary.start(), primary.end(), Spans.placeholder("endDate", primary.format())));
                }
            } catch (DateTimeException e) {
                // 31 before 9/2 is no range: the later day alone stays
            }
        }
        if (endDate == null) {
            rep.add(new Spans.Replacement(primary.start(), primary.end(), Spans.placeholder("date", primary.format())));
            Matcher until = UNTIL.matcher(text.substring(primary.end()));
            if (until.find()) {
                int at = primary.end() + until.end();
                for (Day d : days) {
                    if (d.start() == at && d.value().isAfter(date)) {
                        endDate = d.value();
                        clauseEnd = d.end();
                        rep.add(new Spans.Replacement(d.start(), d.end(), Spans.placeholder("endDate", d.format())));
                    }
                }
            }
        }
        List<Spans.Found<LocalTime>> times = Spans.times(mask(text, rep));
        LocalTime start = null;
        LocalTime end = null;
        Spans.Found<LocalTime> startAt = null;
        if (!times.isEmpty()) {
            startAt = times.get(0);
            start = startAt.value();
            rep.add(new Spans.Replacement(startAt.start(), startAt.end(), Spans.placeholder("start", startAt.format())));
            clauseEnd = Math.max(clauseEnd, startAt.end());
            if (times.size() > 1) {
                Spans.Found<LocalTime> second = times.get(1);
                String between = text.substring(startAt.end(), second.start()).toLowerCase(Locale.ROOT);
                if (between.matches("\\s*(đến|-|–|tới)\\s*") && second.value().isAfter(start)) {
                    end = second.value();
                    rep.add(new Spans.Replacement(second.start(), second.end(), Spans.placeholder("end", second.format())));
                }
            }
        }
        String duration = null;
        Matcher d = DURATION.matcher(mask(text, rep));
        if (d.find()) {
            duration = d.group(1);
            rep.add(new Spans.Replacement(d.start(1), d.end(1), "{duration}"));
        } else {
            Matcher within = WITHIN_DAY.matcher(text.substring(0, primary.start()));
            if (start == null && within.find()) {
                duration = within.group(1);
                rep.add(new Spans.Replacement(within.start(1), within.end(1), "{duration}"));
            }
        }
        PartOfDay part = null;
        if (duration != null) {
            // "01 buổi sáng, … từ 08 giờ": the length names the part of the day, with a clock time or without
            Matcher inDuration = PART.matcher(duration);
            if (inDuration.find()) part = partOf(inDuration.group(2));
        }
        if (start == null) {
            Matcher chosen = nearestBefore(mask(text, rep), firstDayStart(rep, primary));
            if (chosen != null) {
                part = partOf(chosen.group(2));
                String word = chosen.group(2);
                if (word.equals(word.toLowerCase(Locale.ROOT)) && !word.contains(" ")) {
                    rep.add(new Spans.Replacement(chosen.start(2), chosen.end(2), "{partOfDay}"));
                }
            }
        }
        String masked = mask(text, rep);
        Matcher w = WEEKDAY.matcher(masked);
        if (w.find()) {
            String written = w.group(1);
            var day = date.getDayOfWeek();
            String format = written.equals(VietnameseCalendar.weekday(day)) ? ""
                    : written.equals(VietnameseCalendar.weekdayNumber(day)) ? "number"
                    : written.equals(Character.toUpperCase(VietnameseCalendar.weekday(day).charAt(0))
                            + VietnameseCalendar.weekday(day).substring(1)) ? "capital" : null;
            if (format != null) {
                rep.add(new Spans.Replacement(w.start(1), w.end(1),
                        Spans.placeholder("weekday", format.isEmpty() ? null : format)));
            }
        }
        Integer early = null;
        Matcher e = EARLY.matcher(mask(text, rep));
        if (e.find() && Integer.parseInt(e.group(1)) <= 240) {
            early = Integer.parseInt(e.group(1));
            rep.add(new Spans.Replacement(e.start(1), e.end(1), "{arriveEarly}"));
        }
        if (endDate == null && duration != null) endDate = lastDay(date, duration);
        // a range of whole days lasts its days: "từ ngày 5-07/3/2021" is 03 ngày, as an office writes a count
        if (duration == null && endDate != null && part == null && endDate.isAfter(date)) {
            duration = String.format("%02d ngày", java.time.temporal.ChronoUnit.DAYS.between(date, endDate) + 1);
        }
        Session session;
        try {
            session = new Session(date, start, end, duration, early, endDate, part);
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
        String template = Spans.replace(text, rep);
        String doubt = startAt != null && startAt.rewritten() ? "giờ '" + text.substring(startAt.start(), startAt.end())
                + "' được viết lại theo cách viết giờ trong văn bản hành chính (" + VietnameseCalendar.time(start)
                + ")" : null;
        if (!prints(template, session, text) && doubt == null) return Optional.empty();
        return Optional.of(new Found(template, new PointDto.Session(date, start, end, duration, early, endDate,
                part == null ? null : part.code()), session, doubt, clauseEnd, List.copyOf(rep)));
    }

    private static int firstDayStart(List<Spans.Replacement> rep, Day primary) {
        int at = primary.start();
        for (Spans.Replacement r : rep) if (r.placeholder().startsWith("{date")) at = Math.min(at, r.start());
        return at;
    }

    /** The part of the day written nearest before the first day, in the same clause. */
    private static Matcher nearestBefore(String masked, int dayStart) {
        Matcher p = PART.matcher(masked);
        int best = -1;
        while (p.find()) {
            if (p.end() <= dayStart && dayStart - p.end() <= 40 && !masked.substring(p.end(), dayStart).matches("(?s).*[;:.].*")) {
                best = p.start();
            }
        }
        if (best < 0) return null;
        Matcher m = PART.matcher(masked);
        return m.find(best) ? m : null;
    }

    private static PartOfDay partOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("tối")) return PartOfDay.EVENING;
        return w.endsWith("sáng") ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
    }

    /** {@code 03 ngày} from the 6th ends on the 8th; a half day or {@code 1,5 ngày} names no last day of its own. */
    private static LocalDate lastDay(LocalDate date, String duration) {
        Matcher m = Pattern.compile("^(\\d{1,2}|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy)\\s+ngày$").matcher(duration);
        if (!m.matches()) return null;
        int n = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "hai" -> 2;
            case "ba" -> 3;
            case "bốn" -> 4;
            case "năm" -> 5;
            case "sáu" -> 6;
            case "bảy" -> 7;
            default -> Integer.parseInt(m.group(1));
        };
        return n >= 2 && n <= 31 ? date.plusDays(n - 1L) : null;
    }

    /** Full dates, and day-month dates after a word that announces a day, in order. */
    private static List<Day> days(String text, LocalDate issued) {
        List<Day> out = new ArrayList<>();
        for (Spans.Found<LocalDate> f : Spans.dates(text)) out.add(new Day(f.start(), f.end(), f.value(), f.format()));
        if (issued != null) {
            Matcher m = DAY_MONTH.matcher(text);
            while (m.find()) {
                int s = m.start();
                if (out.stream().anyMatch(x -> s < x.end() && m.end() > x.start())) continue;
                if (!DAY_CUE.matcher(text.substring(0, s)).find()) continue;
                try {
                    LocalDate d = LocalDate.of(issued.getYear(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
                    // an invitation of late December for early January
                    if (d.isBefore(issued.minusDays(60))) d = d.plusYears(1);
                    String format = width(m.group(1), "d") + m.group(2) + width(m.group(3), "M");
                    out.add(new Day(s, m.end(), d, format));
                } catch (DateTimeException e) {
                    // 31/2 is not a day
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Day::start));
        return out;
    }

    private static String width(String digits, String token) {
        return digits.length() == 2 ? token + token : token;
    }

    /** The text with spans already taken blanked out, so a later pattern cannot match inside them. */
    static String mask(String text, List<Spans.Replacement> taken) {
        char[] c = text.toCharArray();
        for (Spans.Replacement r : taken) for (int i = r.start(); i < r.end(); i++) c[i] = '\u0001';
        return new String(c);
    }

    private static boolean prints(String template, Session session, String text) {
        try {
            return Wording.resolve(template, session.placeholders()).equals(text);
        } catch (RuntimeException e) {
            return false;
        }
    }
}

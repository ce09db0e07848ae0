package vn.giaymoi.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.format.dto.PointDto;
import vn.giaymoi.importer.source.Line;

/**
 * Chương trình (a programme's table as printed): a header {@code Thời gian | Nội dung [| Thực hiện]}, then one row
 * per slot, {@code 07h30 - 08h00 | Đón tiếp đại biểu | Văn phòng Sở}; a Word table's cells or a text line's cells
 * between {@code |}.
 */
final class Programmes {
    private static final Pattern TIME = Pattern.compile(
            "^(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?(?:\\s*[-–]\\s*(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?)?$");

    private Programmes() {}

    static List<String> cells(Line l) {
        if (l.columns().size() > 1) return l.columns().stream().map(String::strip).toList();
        String t = l.text().strip();
        if (!t.contains("|")) return List.of(t);
        return Arrays.stream(t.split("\\|", -1)).map(String::strip).toList();
    }

    static boolean isHeader(Line l) {
        List<String> c = cells(l);
        return c.size() >= 2 && c.get(0).equalsIgnoreCase("Thời gian") && c.get(1).equalsIgnoreCase("Nội dung");
    }

    /** The slot a row gives, or null when the row is not one. */
    static PointDto.Slot slot(Line l) {
        List<String> c = cells(l);
        if (c.size() < 2 || c.size() > 3) return null;
        Matcher m = TIME.matcher(c.get(0));
        if (!m.matches()) return null;
        LocalTime from = time(m.group(1), m.group(2));
        LocalTime until = m.group(3) == null ? null : time(m.group(3), m.group(4));
        if (from == null || m.group(3) != null && until == null) return null;
        String by = c.size() == 3 && !c.get(2).isBlank() ? c.get(2) : null;
        return new PointDto.Slot(from, until, c.get(1), by);
    }

    static PointDto.Programme of(List<Line> rows) {
        List<PointDto.Slot> slots = new ArrayList<>();
        for (Line r : rows) slots.add(slot(r));
        return new PointDto.Programme(null, slots);
    }

    private static LocalTime time(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = m == null ? 0 : Integer.parseInt(m);
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /**
     * A meeting whose time gives its start but not its end ends when its programme does: with one programme in the
     * document, of the session's day (or of no day), that starts no later than the session, the last slot's end is
     * the session's end ({@code ½ ngày, bắt đầu từ 08 giờ 00} over a programme to {@code 11h30}).
     */
    static List<PointDto> endSessions(List<PointDto> body) {
        List<PointDto.Programme> programmes = new ArrayList<>();
        collect(body, programmes);
        if (programmes.size() != 1 || programmes.get(0).slots() == null || programmes.get(0).slots().isEmpty()) return body;
        return body.stream().map(p -> withEnd(p, programmes.get(0))).toList();
    }

    private static void collect(List<PointDto> points, List<PointDto.Programme> out) {
        if (points == null) return;
        for (PointDto p : points) {
            if (p.programme() != null) out.add(p.programme());
            collect(p.points(), out);
        }
    }

    private static PointDto withEnd(PointDto p, PointDto.Programme programme) {
        PointDto.Session s = p.session();
        List<PointDto.Slot> slots = programme.slots();
        LocalTime first = slots.get(0).from();
        LocalTime last = slots.get(slots.size() - 1).until();
        if (s != null && s.start() != null && s.end() == null && s.endDate() == null && last != null
                && last.isAfter(s.start()) && (first == null || !first.isAfter(s.start()))
                && (programme.date() == null || programme.date().equals(s.date()))) {
            s = new PointDto.Session(s.date(), s.start(), last, s.duration(), s.arriveEarlyMinutes(), s.endDate(),
                    s.partOfDay());
        }
        List<PointDto> points = p.points() == null ? null : p.points().stream().map(c -> withEnd(c, programme)).toList();
        return new PointDto(p.marker(), p.text(), s, p.venue(), p.group(), p.invitee(), p.agenda(), p.task(), points,
                p.programme(), p.requirement());
    }
}

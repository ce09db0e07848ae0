package vn.giaymoi.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.text.VietnameseCalendar;
import vn.giaymoi.domain.text.Wording;
import vn.giaymoi.format.dto.PointDto;

/**
 * Nhận dạng sự kiện (typed facts in a point's wording): a session, a venue, an invitee group, an invitee, an agenda
 * item or a task, by Vietnamese patterns. A fact is kept only when its wording with placeholders prints the
 * author's sentence back exactly, so typing never changes what the document says.
 */
final class Facts {
    private Facts() {}

    /**
     * A point's wording with its fact.
     *
     * @param template the wording with placeholders
     * @param fact the fact as the input format writes it, on an otherwise empty point
     * @param doubt why the importer is unsure, or null
     */
    record Typed(String template, PointDto fact, String doubt) {}

    /** Where a point stands: the wording of its ancestors, nearest first, lower case. */
    record Context(List<String> headings, AdministrativeLevel issuerLevel) {
        boolean under(String regex) {
            Pattern p = Pattern.compile(regex);
            return headings.stream().anyMatch(h -> p.matcher(h).find());
        }

        boolean directlyUnder(String regex) {
            return !headings.isEmpty() && Pattern.compile(regex).matcher(headings.get(0)).find();
        }
    }

    static Optional<Typed> recognise(String text, Context context) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Optional<Typed>> tries = new ArrayList<>();
        boolean timeContext = lower.startsWith("thời gian") || lower.contains("bắt đầu") || lower.startsWith("buổi")
                || context.directlyUnder("^(thời gian|\\*\\*thời gian)");
        if (timeContext) tries.add(session(text));
        if (lower.matches("^\\*{0,2}địa điểm.*") || lower.matches("^\\*{0,2}cấp (tỉnh|huyện|xã|trung ương)\\s*:.*")
                && context.under("địa điểm")) {
            tries.add(venue(text, context));
        }
        if (lower.matches("^(ở|tại điểm cầu) cấp (tỉnh|huyện|xã|trung ương).*")) tries.add(group(text));
        boolean taskContext = context.under("phân công|tổ chức thực hiện|trách nhiệm|nhiệm vụ|giao ");
        if (taskContext) tries.add(task(text));
        if (lower.startsWith("chủ trì:") || context.under("thành phần|kính mời|mời:|trân trọng mời")
                || lower.contains("đồng chí ")) {
            tries.add(invitee(text));
        }
        if (context.directlyUnder("^(\\*\\*)?nội dung") && !taskContext) tries.add(agenda(text));
        for (Optional<Typed> t : tries) if (t.isPresent()) return t;
        return Optional.empty();
    }

    /** The time of a point that speaks of time yet was not typed: worth a note. */
    static boolean mentionsTime(String text) {
        return !Spans.times(text).isEmpty() || !Spans.dates(text).isEmpty();
    }

    // ------------------------------------------------------------------ session

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])([Tt]hứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[2-7])|[Cc]hủ\\s+[Nn]hật)(?![\\p{L}\\d])");
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\p{L}\\d])((?:0?\\d{1,2}|[Mm]ột|[Hh]ai|[Bb]a|[Nn]ửa|½|1/2|[Cc]ả)\\s+(?:buổi|ngày))(?![\\p{L}])");
    private static final Pattern EARLY = Pattern.compile("trước\\s+(\\d{1,3})\\s+phút");

    static Optional<Typed> session(String text) {
        List<Spans.Found<LocalTime>> times = Spans.times(text);
        List<Spans.Found<LocalDate>> dates = Spans.dates(text);
        if (times.isEmpty() || dates.isEmpty()) return Optional.empty();
        Spans.Found<LocalTime> start = times.get(0);
        Spans.Found<LocalDate> date = dates.get(0);
        List<Spans.Replacement> rep = new ArrayList<>();
        rep.add(new Spans.Replacement(start.start(), start.end(), Spans.placeholder("start", start.format())));
        rep.add(new Spans.Replacement(date.start(), date.end(), Spans.placeholder("date", date.format())));
        LocalTime end = null;
        if (times.size() > 1) {
            Spans.Found<LocalTime> second = times.get(1);
            String between = text.substring(start.end(), second.start()).toLowerCase(Locale.ROOT);
            if (between.matches("\\s*(đến|-|–|tới)\\s*") && second.value().isAfter(start.value())) {
                end = second.value();
                rep.add(new Spans.Replacement(second.start(), second.end(), Spans.placeholder("end", second.format())));
            }
        }
        String masked = mask(text, rep);
        Matcher w = WEEKDAY.matcher(masked);
        if (w.find()) {
            String written = w.group(1);
            var day = date.value().getDayOfWeek();
            String format = written.equals(VietnameseCalendar.weekday(day)) ? ""
                    : written.equals(VietnameseCalendar.weekdayNumber(day)) ? "number"
                    : written.equals(Character.toUpperCase(VietnameseCalendar.weekday(day).charAt(0))
                            + VietnameseCalendar.weekday(day).substring(1)) ? "capital" : null;
            if (format != null) {
                rep.add(new Spans.Replacement(w.start(1), w.end(1),
                        Spans.placeholder("weekday", format.isEmpty() ? null : format)));
            }
        }
        masked = mask(text, rep);
        String duration = null;
        Matcher d = DURATION.matcher(masked);
        if (d.find()) {
            duration = d.group(1);
            rep.add(new Spans.Replacement(d.start(1), d.end(1), "{duration}"));
        }
        masked = mask(text, rep);
        Integer early = null;
        Matcher e = EARLY.matcher(masked);
        if (e.find() && Integer.parseInt(e.group(1)) <= 240) {
            early = Integer.parseInt(e.group(1));
            rep.add(new Spans.Replacement(e.start(1), e.end(1), "{arriveEarly}"));
        }
        Session session;
        try {
            session = new Session(date.value(), start.value(), end, duration, early);
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
        String template = Spans.replace(text, rep);
        String doubt = start.rewritten() ? "giờ '" + text.substring(start.start(), start.end())
                + "' được viết lại theo cách viết giờ trong văn bản hành chính (" + VietnameseCalendar.time(start.value())
                + ")" : null;
        if (!prints(template, session, text) && doubt == null) return Optional.empty();
        return Optional.of(new Typed(template, point(new PointDto.Session(date.value(), start.value(), end, duration,
                early), null, null, null, null, null), doubt));
    }

    /** The text with spans already taken blanked out, so a later pattern cannot match inside them. */
    private static String mask(String text, List<Spans.Replacement> taken) {
        char[] c = text.toCharArray();
        for (Spans.Replacement r : taken) for (int i = r.start(); i < r.end(); i++) c[i] = '\u0001';
        return new String(c);
    }

    // ------------------------------------------------------------------ venue, group

    private static final Pattern VENUE = Pattern.compile(
            "^(\\*{0,2}(?:Địa điểm|Cấp (?:tỉnh|huyện|xã|trung ương))[^:]{0,60}:\\*{0,2}\\s*)(.+?)((?:\\.?/\\.|[.;])?)$");
    private static final Pattern LEVEL_WORD = Pattern.compile("([Cc]ấp )(tỉnh|huyện|xã|trung ương)(?![\\p{L}])");

    static Optional<Typed> venue(String text, Context context) {
        Matcher m = VENUE.matcher(text);
        if (!m.matches()) return Optional.empty();
        String prefix = m.group(1);
        String name = m.group(2).strip();
        String tail = m.group(3);
        // what follows the place is not its name: a sentence ("…. Những địa phương…") or a remark "(nơi có …)"
        int cut = name.indexOf(". ");
        Matcher remark = Pattern.compile(" \\((?=\\p{Ll})").matcher(name);
        if (remark.find() && (cut < 0 || remark.start() < cut)) cut = remark.start();
        if (cut > 0) {
            tail = name.substring(cut) + tail;
            name = name.substring(0, cut);
        }
        if (name.isBlank() || name.length() > 200) return Optional.empty();
        Matcher lw = LEVEL_WORD.matcher(prefix);
        AdministrativeLevel level = context.issuerLevel();
        String template = Spans.escapeBraces(prefix);
        if (lw.find()) {
            level = levelOf(lw.group(2));
            template = Spans.escapeBraces(prefix.substring(0, lw.end(1))) + "{level}"
                    + Spans.escapeBraces(prefix.substring(lw.end()));
        }
        template = template + "{name}" + Spans.escapeBraces(tail);
        Venue venue = new Venue(name, level);
        if (!prints(template, venue, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, new PointDto.Venue(name, level == null ? null : level.code()),
                null, null, null, null), null));
    }

    private static final Pattern GROUP = Pattern.compile("^(Ở cấp |Tại điểm cầu cấp )(tỉnh|huyện|xã|trung ương)(.*)$");

    static Optional<Typed> group(String text) {
        Matcher m = GROUP.matcher(text);
        if (!m.matches()) return Optional.empty();
        AdministrativeLevel level = levelOf(m.group(2));
        String template = m.group(1) + "{level}" + Spans.escapeBraces(m.group(3));
        if (!prints(template, new AttendeeGroup(level), text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, new PointDto.Group(level.code()), null, null, null), null));
    }

    static AdministrativeLevel levelOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "tỉnh" -> AdministrativeLevel.PROVINCE;
            case "huyện" -> AdministrativeLevel.DISTRICT;
            case "xã" -> AdministrativeLevel.COMMUNE;
            default -> AdministrativeLevel.CENTRAL;
        };
    }

    // ------------------------------------------------------------------ invitees

    private static final String NAME = "\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4}";
    private static final Pattern PERSON = Pattern.compile(
            "^(.*?(?:[Đđ]ồng chí|Ông|Bà|[Đđ]/[Cc]) )(" + NAME + "), ([^()]+?)(?: \\(([^()]+)\\))?( - [^()]+?)?((?:\\.?/\\.|[.;:])?)$");
    private static final Pattern REPRESENTATIVE = Pattern.compile(
            "^((?:Mời )?[Đđ]ại diện (?:[Ll]ãnh đạo )?)([^()]+?)(?: \\(([^()]+)\\))?((?:\\.?/\\.|[.;])?)$");

    static Optional<Typed> invitee(String text) {
        Matcher m = PERSON.matcher(text);
        if (m.matches()) {
            String prefix = m.group(1);
            String note = m.group(4);
            String role = m.group(5) == null ? "" : m.group(5);
            boolean chair = (prefix + role + (note == null ? "" : note)).toLowerCase(Locale.ROOT).contains("chủ trì");
            boolean separate = note != null && note.toLowerCase(Locale.ROOT).contains("giấy mời riêng");
            String template = Spans.escapeBraces(prefix) + "{name}, {title}" + (note == null ? "" : " ({note})")
                    + Spans.escapeBraces(role + m.group(6));
            Invitee invitee = new Invitee(m.group(2), m.group(3), List.of(), false, chair, separate, note);
            if (prints(template, invitee, text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(m.group(2), m.group(3), null, false, chair, separate, note), null, null), null));
            }
        }
        Matcher r = REPRESENTATIVE.matcher(text);
        if (!r.matches()) r = MEMBERS.matcher(text);
        if (r.matches()) {
            boolean representative = r.pattern() == REPRESENTATIVE;
            String written = r.group(2);
            String rest = "";
            Matcher cut = Pattern.compile(" (?:và (?=\\p{Ll})|thuộc )").matcher(written);
            if (cut.find()) {
                rest = written.substring(cut.start());
                written = written.substring(0, cut.start());
            }
            List<String> units = units(written);
            String note = r.group(3);
            boolean chair = note != null && note.toLowerCase(Locale.ROOT).contains("chủ trì");
            boolean separate = note != null && note.toLowerCase(Locale.ROOT).contains("giấy mời riêng");
            String template = Spans.escapeBraces(r.group(1)) + "{units}" + Spans.escapeBraces(rest)
                    + (note == null ? "" : " ({note})") + Spans.escapeBraces(r.group(4));
            Invitee invitee = new Invitee(null, null, units, representative, chair, separate, note);
            if (prints(template, invitee, text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(null, null, units, representative, chair, separate, note), null, null), null));
            }
        }
        return Optional.empty();
    }

    /** Members or heads of units, not their representatives: {@code Thành viên Ban Chỉ đạo …}. */
    private static final Pattern MEMBERS = Pattern.compile(
            "^((?:Thành viên|Trưởng các|Lãnh đạo) )([^()]+?)(?: \\(([^()]+)\\))?((?:\\.?/\\.|[.;])?)$");

    /** {@code VNPT Hà Tĩnh, Viettel Hà Tĩnh} is two units; {@code các sở, ban, ngành} is one phrase. */
    static List<String> units(String written) {
        String[] parts = written.split(", ");
        for (String p : parts) {
            if (p.isBlank() || !Character.isUpperCase(p.codePointAt(0)) && !Character.isDigit(p.codePointAt(0))) {
                return List.of(written.strip());
            }
        }
        return List.of(parts).stream().map(String::strip).toList();
    }

    // ------------------------------------------------------------------ agenda

    static Optional<Typed> agenda(String text) {
        Matcher m = Pattern.compile("^([^{}]{3,400}?)((?:\\.?/\\.|[.;])?)$").matcher(text);
        if (!m.matches() || text.contains(":")) return Optional.empty();
        String template = "{topic}" + m.group(2);
        AgendaItem item = new AgendaItem(m.group(1), null);
        if (!prints(template, item, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null, null, new PointDto.Agenda(m.group(1), null), null),
                null));
    }

    // ------------------------------------------------------------------ tasks

    private static final String UNIT = "(?:Sở|Văn phòng|VP|UBND|Ủy ban nhân dân|Công an|Báo|Đài|Ban|Phòng|Trung tâm|Cục"
            + "|Chi cục|Bộ|Viễn thông|Công ty|Điện lực|Cổng|Hội|Liên đoàn|Đoàn|Bảo hiểm|Kho bạc|Thanh tra|Quỹ|Bệnh viện"
            + "|Trường|Tỉnh đoàn|Huyện đoàn|Bộ Chỉ huy|Ngân hàng|Cơ quan|Các sở|Các đơn vị)[^,:;()]{0,80}?";
    private static final Pattern LEAD_COLON = Pattern.compile("^(\\*{0,2})(" + UNIT + ")((?:, " + UNIT + ")*):(\\*{0,2})(.*)$");
    private static final Pattern WITH = Pattern.compile("phối hợp với (" + UNIT + "(?:, " + UNIT + ")*)(?= và | để |[;.])");
    private static final Pattern LEAD_VERB = Pattern.compile("^((?:Đề nghị |Giao )?)(" + UNIT + ")((?:, " + UNIT + ")*)"
            + "( (?:chủ trì|phối hợp|chuẩn bị|cử|đăng ký|bố trí|đảm bảo|bảo đảm|thông báo|liên hệ|tổng hợp|gửi|kiểm tra"
            + "|tham mưu|có trách nhiệm|thực hiện|hướng dẫn|tổ chức|mời|chịu trách nhiệm|theo dõi|đôn đốc)(?![\\p{L}]).*)$");
    private static final Pattern DEADLINE = Pattern.compile("(?:trước|chậm nhất|hạn chót|trong)\\s+(?:ngày\\s+)?$");

    static Optional<Typed> task(String text) {
        String lead;
        List<String> coordinating = List.of();
        String template;
        Matcher c = LEAD_COLON.matcher(text);
        Matcher v = LEAD_VERB.matcher(text);
        int bodyStart;
        if (c.matches()) {
            lead = c.group(2).strip();
            if (!c.group(3).isEmpty()) coordinating = List.of(c.group(3).substring(2).split(", "));
            bodyStart = c.start(5);
            template = c.group(1) + "{lead}" + (coordinating.isEmpty() ? "" : ", {coordinating}") + ":" + c.group(4);
        } else if (v.matches()) {
            lead = v.group(2).strip();
            if (!v.group(3).isEmpty()) coordinating = List.of(v.group(3).substring(2).split(", "));
            bodyStart = v.start(4);
            template = Spans.escapeBraces(v.group(1)) + "{lead}" + (coordinating.isEmpty() ? "" : ", {coordinating}");
        } else {
            return Optional.empty();
        }
        String rest = text.substring(bodyStart);
        List<Spans.Replacement> rep = new ArrayList<>();
        List<PointDto.Deadline> deadlines = new ArrayList<>();
        List<Spans.Found<LocalTime>> times = Spans.times(rest);
        for (Spans.Found<LocalDate> d : Spans.dates(rest)) {
            String before = rest.substring(0, d.start());
            Spans.Found<LocalTime> time = times.stream()
                    .filter(t -> t.end() <= d.start() && rest.substring(t.end(), d.start()).matches("\\s*(ngày|,)?\\s*"))
                    .findFirst().orElse(null);
            int from = time == null ? d.start() : time.start();
            String lead2 = rest.substring(0, from);
            if (!DEADLINE.matcher(lead2.toLowerCase(Locale.ROOT)).find() && !before.toLowerCase(Locale.ROOT)
                    .matches("(?s).*(trước|chậm nhất|hạn chót)\\s+(ngày\\s+)?$")) {
                continue;
            }
            String name = deadlines.isEmpty() ? "deadline" : "deadline" + (deadlines.size() + 1);
            if (time == null) {
                deadlines.add(new PointDto.Deadline(d.value().toString()));
                rep.add(new Spans.Replacement(d.start(), d.end(), Spans.placeholder(name, d.format())));
            } else {
                LocalDateTime at = d.value().atTime(time.value());
                String written = rest.substring(time.start(), d.end());
                String pattern = (time.format() == null ? "HH giờ mm" : time.format())
                        + rest.substring(time.end(), d.start())
                        + (d.format() == null ? shortPattern(d.value()) : d.format().equals("long") ? "ngày " + shortPattern(d.value()).replace("/", " tháng ").replaceFirst(" tháng yyyy", " năm yyyy") : d.format());
                String format = written.equals(Wording.resolve("{x}", java.util.Map.of("x", at))) ? null : pattern;
                deadlines.add(new PointDto.Deadline(at.toString()));
                rep.add(new Spans.Replacement(time.start(), d.end(), Spans.placeholder(name, format)));
            }
        }
        if (coordinating.isEmpty()) {
            Matcher w = WITH.matcher(rest);
            if (w.find()) {
                coordinating = List.of(w.group(1).split(", "));
                rep.add(new Spans.Replacement(w.start(1), w.end(1), "{coordinating}"));
            }
        }
        String tail = Spans.replace(rest, rep);
        template = template + tail;
        Assignment a;
        try {
            a = new Assignment(lead, coordinating, null, deadlines.stream()
                    .map(dl -> dl.value().contains("T") ? new Assignment.Deadline(LocalDateTime.parse(dl.value()).toLocalDate(),
                            LocalDateTime.parse(dl.value()).toLocalTime()) : Assignment.Deadline.on(LocalDate.parse(dl.value())))
                    .toList());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!prints(template, a, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null, null, null,
                new PointDto.Task(lead, coordinating, null, deadlines)), null));
    }

    /** The pattern of an ND30-padded short date: {@code dd/M/yyyy} or {@code dd/MM/yyyy}. */
    private static String shortPattern(LocalDate d) {
        return (d.getDayOfMonth() < 10 ? "dd" : "d") + "/" + (d.getMonthValue() <= 2 ? "MM" : "M") + "/yyyy";
    }

    // ------------------------------------------------------------------ helpers

    private static boolean prints(String template, Fact fact, String text) {
        try {
            return Wording.resolve(template, fact.placeholders()).equals(text);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PointDto point(PointDto.Session s, PointDto.Venue v, PointDto.Group g, PointDto.Invitee i,
            PointDto.Agenda a, PointDto.Task t) {
        return new PointDto(null, null, s, v, g, i, a, t, null);
    }
}

package vn.giaymoi.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.CombinedFact;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Requirement;
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

    /**
     * Where a point stands: the wording of its ancestors, nearest first, lower case; the issuer's level; and the
     * issue date (or null), whose year a day written without one ({@code 9/9}) takes.
     */
    record Context(List<String> headings, AdministrativeLevel issuerLevel, LocalDate issued, String document) {
        Context(List<String> headings, AdministrativeLevel issuerLevel) {
            this(headings, issuerLevel, null, "");
        }

        Context(List<String> headings, AdministrativeLevel issuerLevel, LocalDate issued) {
            this(headings, issuerLevel, issued, "");
        }

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
        if (timeContext) tries.add(session(text, context));
        if (lower.matches("^(ở|tại điểm cầu|thành phần:?) cấp (tỉnh|huyện|xã|trung ương).*")) tries.add(group(text));
        if (lower.matches("^\\*{0,2}(địa điểm|điểm cầu).*") || text.matches("^(tại|[Dd]ự tại) .*")
                || ONLINE_TO.matcher(text).matches()
                || context.directlyUnder("^(\\*\\*)?địa điểm")
                || lower.matches("^\\*{0,2}cấp (tỉnh|huyện|xã|trung ương)\\s*:.*") && context.under("địa điểm")) {
            tries.add(venue(text, context));
        }
        boolean taskContext = context.under("phân công|tổ chức thực hiện|trách nhiệm|nhiệm vụ|giao ");
        if (taskContext || lower.matches("^(giao|đề nghị) .*") || DUE.matcher(lower).find()) tries.add(task(text));
        boolean agendaContext = context.directlyUnder("^(\\*\\*)?nội dung");
        if (agendaContext && !taskContext) tries.add(agenda(text, true));
        if (lower.startsWith("chủ trì:") || lower.startsWith("thành phần") || context.under("thành phần|kính mời|mời:|trân trọng mời|chủ trì|chủ tọa")
                || lower.contains("đồng chí ")) {
            tries.add(invitee(text, context));
        }
        if (!taskContext && !agendaContext) tries.add(agenda(text, false));
        tries.add(requirement(text));
        // a day with its hour or part of the day anywhere in a point (19h30’ ngày 08/7/2019: tiếp xúc cử tri …)
        if (!timeContext && !taskContext && !CITES.matcher(text).find()) tries.add(session(text, context));
        for (Optional<Typed> t : tries) if (t.isPresent()) return t;
        return Optional.empty();
    }

    /** A duty with its deadline, under any heading: {@code … xong trước ngày 30/11/2025}. */
    private static final Pattern DUE = Pattern.compile("(?:xong|hoàn thành) (?:trước|chậm nhất)(?: ngày)? \\d");
    /** A point that opens by citing or by saying what it carries out: its days are the cited documents'. */
    private static final Pattern CITES = Pattern.compile("^(Căn cứ|Thực hiện|Tiếp theo|Triển khai|Được sự|Xét)\\b");

    /** The time of a point that speaks of time yet was not typed: worth a note. */
    static boolean mentionsTime(String text) {
        return !Spans.times(text).isEmpty() || !Spans.dates(text).isEmpty();
    }

    // ------------------------------------------------------------------ session

    static Optional<Typed> session(String text, Context context) {
        Optional<Sessions.Found> found = Sessions.read(text, context.issued());
        if (found.isEmpty()) return Optional.empty();
        Sessions.Found f = found.get();
        Matcher at = AT_PLACE.matcher(text);
        if (f.doubt() == null && at.find(f.end())) {
            // the place written after the time: "… ngày 08/01/2026 (tối thứ năm) tại Trường Tiểu học …"
            Place place = place(at.group(1), at.start(1));
            if (place != null) {
                List<Spans.Replacement> rep = new ArrayList<>(f.replacements());
                rep.addAll(place.replacements());
                String template = Spans.replace(text, rep);
                Venue venue = new Venue(place.name(), null, place.link());
                if (prints(template, new CombinedFact(List.of(f.fact(), venue)), text)) {
                    return Optional.of(new Typed(template, point(f.session(), new PointDto.Venue(place.name(), null,
                            place.link()), null, null, null, null), null));
                }
            }
        }
        return Optional.of(new Typed(f.template(), point(f.session(), null, null, null, null, null), f.doubt()));
    }

    /** {@code tại} and the place, after a session. */
    private static final Pattern AT_PLACE = Pattern.compile("(?<![\\p{L}])tại\\s+(\\p{L}.*)$");
    /** What ends a place's name: the next sentence or clause, its link, or a remark in brackets. */
    private static final Pattern PLACE_END = Pattern.compile(
            "(?:, đường dẫn:? |, gồm(?=:?$)|;|\\. (?=\\p{Lu})| \\((?=(?:nơi|đề nghị|có mặt|lưu ý|đại biểu|trước)\\b)|(?:\\.?/\\.|[.;:])$)");
    private static final Pattern LINK = Pattern.compile("^, đường dẫn:? (https?://\\S+?)(?=[.;]?$|[.;]\\s|\\s)");

    /** A place's name and link, with where they stand in the point's text. */
    private record Place(String name, String link, List<Spans.Replacement> replacements) {}

    /** The place {@code rest} begins with, {@code rest} being the part of the point's text from {@code offset}. */
    private static Place place(String rest, int offset) {
        Matcher end = PLACE_END.matcher(rest);
        int cut = end.find() ? end.start() : rest.length();
        String name = rest.substring(0, cut).strip();
        if (name.isEmpty() || name.length() > 200) return null;
        List<Spans.Replacement> rep = new ArrayList<>();
        rep.add(new Spans.Replacement(offset, offset + name.length(), "{name}"));
        String link = null;
        Matcher l = LINK.matcher(rest.substring(cut));
        if (l.find()) {
            link = l.group(1);
            rep.add(new Spans.Replacement(offset + cut + l.start(1), offset + cut + l.end(1), "{link}"));
        }
        return new Place(name, link, rep);
    }

    // ------------------------------------------------------------------ venue, group

    private static final Pattern VENUE = Pattern.compile("^(\\*{0,2}(?:Địa điểm[^:]{0,60}|Điểm cầu(?: chính| cấp (?:tỉnh|huyện"
            + "|xã|trung ương))?|Cấp (?:tỉnh|huyện|xã|trung ương)[^:]{0,60}):\\*{0,2}\\s*)\\S.*$");
    /** A place under a heading {@code Địa điểm:}: {@code Tiểu ban Khoa học tự nhiên: Phòng họp I nhà Hành chính}. */
    private static final Pattern LABELLED_PLACE = Pattern.compile("^([^:]{3,120}:\\s*)\\S.*$");
    /** A sub-point naming the place in lower case, going on from its heading: {@code tại Hội trường A, …}. */
    private static final Pattern AT_START = Pattern.compile("^((?:tại|[Dd]ự tại) )\\p{L}.*$");
    /** The places an online meeting reaches: {@code Kết nối trực tuyến với cơ sở 1 (…)}, {@code Trực tuyến đến 6 điểm cầu}. */
    private static final Pattern ONLINE_TO = Pattern.compile("^((?:[Kk]ết nối trực tuyến|[Tt]rực tuyến) (?:với|đến|tới) )[\\p{L}\\d].*$");
    /** A bridge named before its colon: {@code Điểm cầu Trụ sở Ủy ban nhân dân các tỉnh: Chủ tịch … chủ trì}. */
    private static final Pattern BRIDGE_NAMED = Pattern.compile("^(Điểm cầu )(\\p{Lu}[^:;()]{3,150}?)(:\\s*\\S.*)$");
    private static final Pattern LEVEL_WORD = Pattern.compile("([Cc]ấp )(tỉnh|huyện|xã|trung ương)(?![\\p{L}])");

    /** The level a bridge's units name: {@code các tỉnh}, {@code huyện}. */
    private static final Pattern UNIT_LEVEL = Pattern.compile("(?<![\\p{L}])(?:các )?(tỉnh|huyện|xã)(?![\\p{L}])");

    static Optional<Typed> venue(String text, Context context) {
        Matcher bridge = BRIDGE_NAMED.matcher(text);
        if (bridge.matches() && !LEVEL_WORD.matcher(bridge.group(2)).lookingAt()) {
            // the bridge's level from the units it is at: "Trụ sở Ủy ban nhân dân các tỉnh, thành phố" serves provinces
            Matcher unitLevel = UNIT_LEVEL.matcher(bridge.group(2));
            AdministrativeLevel level = unitLevel.find() ? levelOf(unitLevel.group(1)) : null;
            String template = bridge.group(1) + "{name}" + Spans.escapeBraces(bridge.group(3));
            if (prints(template, new Venue(bridge.group(2), level, null), text)) {
                return Optional.of(new Typed(template, point(null, new PointDto.Venue(bridge.group(2),
                        level == null ? null : level.code(), null), null, null, null, null), null));
            }
        }
        Matcher m = VENUE.matcher(text);
        boolean labelled = m.matches();
        if (!labelled) {
            m = AT_START.matcher(text);
            if (!m.matches()) m = ONLINE_TO.matcher(text);
            if (!m.matches()) {
                m = LABELLED_PLACE.matcher(text);
                if (!context.directlyUnder("^(\\*\\*)?địa điểm") || !m.matches()) return Optional.empty();
            }
        }
        String prefix = m.group(1);
        Place place = place(text.substring(prefix.length()), prefix.length());
        if (place == null) return Optional.empty();
        List<Spans.Replacement> rep = new ArrayList<>(place.replacements());
        Matcher lw = LEVEL_WORD.matcher(prefix);
        // a single venue takes the issuer's level (a province's meeting room serves the province)
        AdministrativeLevel level = labelled ? context.issuerLevel() : null;
        if (labelled && lw.find()) {
            level = levelOf(lw.group(2));
            rep.add(new Spans.Replacement(lw.start(2), lw.end(2), "{level}"));
        }
        String template = Spans.replace(text, rep);
        Venue venue = new Venue(place.name(), level, place.link());
        if (!prints(template, venue, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, new PointDto.Venue(place.name(), level == null ? null : level.code(),
                place.link()), null, null, null, null), null));
    }

    private static final Pattern GROUP = Pattern.compile("^(Ở cấp |Tại điểm cầu cấp |Thành phần:? cấp )(tỉnh|huyện|xã|trung ương)(.*)$");

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
    private static final Pattern PERSON = Pattern.compile("^(.*?(?:[Đđ]ồng chí|Ông|Bà|[Đđ]/[Cc]) )(" + NAME
            + ")(, | - )([^();]+?)(?: \\(([^()]+)\\))?( - [^();]+?)?(; [^()]+?)?((?:\\.?/\\.|[.;:])?)$");
    /** The chair by title, then name: {@code Chủ trì: Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo.} */
    private static final Pattern TITLE_NAME = Pattern.compile("^((?:Chủ trì|Chủ tọa|Chủ toạ)\\s*:\\s*)(\\p{Lu}[^,:;()]*?\\p{Ll}) ("
            + NAME + ")(, [^()]+?)?((?:\\.?/\\.|[.;])?)$");
    /** {@code …, Chủ tịch HĐND phường, chủ trì Hội nghị}: the role closes the title. */
    private static final Pattern CHAIR_AFTER = Pattern.compile("^(.+?)(, chủ trì(?: [Hh]ội nghị| [Kk]ỳ họp| [Đđ]ại hội)?)$");
    private static final Pattern REPRESENTATIVE = Pattern.compile(
            "^((?:Mời )?[Đđ]ại diện (?:[Ll]ãnh đạo )?)([^()]+?)(?: \\(([^()]+)\\))?((?:\\.?/\\.|[.;])?)$");

    /** {@code các …}: units, not one unit whose head is one person. */
    private static final Pattern MANY_UNITS = Pattern.compile("(?<![\\p{L}])các ");

    /** Where a unit's name ends and what qualifies it begins: {@code và …}, {@code thuộc …}. */
    private static final Pattern UNITS_CUT = Pattern.compile(" (?:và (?=\\p{Ll})|thuộc )");

    static Optional<Typed> invitee(String text, Context context) {
        Matcher m = PERSON.matcher(text);
        if (m.matches()) {
            String prefix = m.group(1);
            String title = m.group(4);
            String note = m.group(5);
            String role = m.group(6) == null ? "" : m.group(6);
            Matcher after = CHAIR_AFTER.matcher(title);
            if (note == null && role.isEmpty() && after.matches()) {
                title = after.group(1);
                role = after.group(2);
            }
            // the members listed under "Chủ tọa kỳ họp:" or "Chủ trì:" chair it
            boolean chair = (prefix + role + (note == null ? "" : note)).toLowerCase(Locale.ROOT).contains("chủ trì")
                    || context.directlyUnder("^(\\*\\*)?(chủ trì|chủ tọa|chủ toạ)");
            boolean separate = note != null && note.toLowerCase(Locale.ROOT).contains("giấy mời riêng");
            String template = Spans.escapeBraces(prefix) + "{name}" + m.group(3) + "{title}"
                    + (note == null ? "" : " ({note})") + Spans.escapeBraces(role + (m.group(7) == null ? "" : m.group(7))
                    + m.group(8));
            Invitee invitee = new Invitee(m.group(2), title, List.of(), false, chair, separate, note);
            if (prints(template, invitee, text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(m.group(2), title, null, false, chair, separate, note), null, null), null));
            }
        }
        Matcher tn = TITLE_NAME.matcher(text);
        if (tn.matches()) {
            String tail = tn.group(4) == null ? "" : tn.group(4);
            String template = Spans.escapeBraces(tn.group(1)) + "{title} {name}" + Spans.escapeBraces(tail) + tn.group(5);
            Invitee invitee = new Invitee(tn.group(3), tn.group(2), List.of(), false, true, false, null);
            if (prints(template, invitee, text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(tn.group(3), tn.group(2), null, false, true, false, null), null, null), null));
            }
        }
        Optional<Typed> listed = listedUnits(text, context);
        if (listed.isPresent()) return listed;
        Matcher t = HEADS.matcher(text);
        if (t.matches()) {
            // "Chủ tịch UBND các huyện, thành phố": the heads of the units, by their title
            List<String> units = units(t.group(2));
            String title = t.group(1).strip();
            boolean chair = t.group(3) != null;
            String template = "{title} {units}" + (chair ? Spans.escapeBraces(t.group(3)) : "") + t.group(4);
            if (units.size() == 1 && !MANY_UNITS.matcher(units.get(0)).find()) {
                // the head of one unit is one person: "Chủ tịch UBND tỉnh" is a title
                title = title + " " + units.get(0);
                units = List.of();
                template = "{title}" + (chair ? Spans.escapeBraces(t.group(3)) : "") + t.group(4);
            }
            if (units.stream().noneMatch(u -> u.contains(":") || u.contains(";"))
                    && prints(template, new Invitee(null, title, units, false, chair, false, null), text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(null, title, units, false, chair, false, null), null, null), null));
            }
        }
        Matcher q = QUOTA.matcher(text);
        if (q.matches()) {
            List<String> units = units(q.group(2));
            var quota = new vn.giaymoi.domain.text.Quantity(Integer.parseInt(q.group(4)), q.group(5), true);
            String template = Spans.escapeBraces(q.group(1)) + "{units}" + q.group(3) + "{quota}" + q.group(6);
            Invitee invitee = new Invitee(null, null, units, true, false, false, null, quota);
            if (units.stream().noneMatch(u -> u.contains(":")) && prints(template, invitee, text)) {
                return Optional.of(new Typed(template, point(null, null, null, new PointDto.Invitee(null, null, units,
                        true, false, false, null, new PointDto.Quota(quota.count(), quota.unit())), null, null), null));
            }
        }
        Optional<Typed> each = eachSends(text);
        if (each.isPresent()) return each;
        Matcher w = HEADS_WITHIN.matcher(text);
        if (w.matches()) {
            List<String> units = units(w.group(2));
            Invitee invitee = new Invitee(null, w.group(1), units, false, false, false, null);
            if (units.stream().noneMatch(u -> u.contains(":")) && prints(Spans.escapeBraces(text), invitee, text)) {
                return Optional.of(new Typed(Spans.escapeBraces(text), point(null, null, null,
                        new PointDto.Invitee(null, w.group(1), units, false, false, false, null), null, null), null));
            }
        }
        Matcher r = REPRESENTATIVE.matcher(text);
        if (!r.matches()) r = MEMBERS.matcher(text);
        if (r.matches()) {
            boolean representative = r.pattern() == REPRESENTATIVE;
            String written = r.group(2);
            String rest = "";
            Matcher cut = UNITS_CUT.matcher(written);
            if (!SCOPED_BODIES.matcher(written).matches() && cut.find()) {
                rest = written.substring(cut.start());
                written = written.substring(0, cut.start());
            }
            List<String> units = units(written);
            // "các Sở: Nông nghiệp và Môi trường; Tư pháp" lists the units after a colon: no unit is named here
            if (units.stream().anyMatch(u -> u.contains(":") || u.contains(";"))) return Optional.empty();
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
        Matcher alone = BODY_ALONE.matcher(text);
        if (alone.matches() && context.under("^(\\*\\*)?(thành phần|kính mời|trân trọng kính mời)")) {
            List<String> units = List.of(alone.group(1));
            String template = "{units}" + Spans.escapeBraces(alone.group(2) == null ? "" : alone.group(2)) + alone.group(3);
            if (prints(template, new Invitee(null, null, units, false, false, false, null), text)) {
                return Optional.of(new Typed(template, point(null, null, null,
                        new PointDto.Invitee(null, null, units, false, false, false, null), null, null), null));
            }
        }
        return invitedPhrase(text);
    }

    /**
     * A body named alone, as a line of its own under the invited: {@code Tổ giúp việc Ban Chỉ đạo CCHC … tỉnh Quảng Ngãi
     * (Quyết định số 03/QĐ-BCĐ …).} A remark in brackets stays the author's text.
     */
    private static final Pattern BODY_ALONE = Pattern.compile("^((?:Tổ|Ban|Hội đồng|Tiểu ban)"
            + " [^,;:(){}]{3,150}?)( \\([^(){}]*\\))?((?:\\.?/\\.|[.;])?)$");

    /**
     * Units listed after a colon, by their short names: {@code Thủ trưởng các Sở, ngành: Nội vụ; Y tế; Công an tỉnh},
     * {@code Đại diện lãnh đạo các sở, ngành: Tài chính, Nội vụ, Công an (đề nghị …);}. The label says who is invited
     * (a title, or a representative) and of what kind the units are.
     */
    private static final Pattern LISTED = Pattern.compile("^((?:Mời )?(?:(Đại diện(?: lãnh đạo)?)|(Thủ trưởng|Trưởng"
            + "|Công chức|Chủ tịch|Giám đốc)\\b)?[^:]{0,120}):\\s*([^:]+?)(?: \\(([^()]+)\\))?((?:\\.?/\\.|[.;])?)$");
    /** A list's last unit may carry the scope of all: {@code Địa chính - Xây dựng các xã, phường, thị trấn}. */
    private static final Pattern SCOPE_TAIL = Pattern.compile("^(.+?) (?:các|của các|thuộc) (?:xã|phường|huyện|quận|tỉnh)"
            + "(?:, (?:xã|phường|thị trấn|thị xã|thành phố|quận|huyện))*$");
    /** {@code UBND các phường Thành Sen, Trần Phú}: one unit per named place. */
    private static final Pattern EACH_PLACE = Pattern.compile(
            "^(.+?) các (phường|xã|huyện|quận|thị trấn|thị xã) (\\p{Lu}[^,]*(?:, \\p{Lu}[^,]*)+)$");
    /** What stands in a document next to a unit's bare name: {@code Công an} and {@code Công an tỉnh}. */
    private static final String LEVEL_NAMES = "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)";

    /** A label of departments: {@code Thủ trưởng các Sở, ngành}. */
    private static final Pattern DEPARTMENTS = Pattern.compile("(?i)các sở\\b");

    static Optional<Typed> listedUnits(String text, Context context) {
        Matcher m = LISTED.matcher(text);
        if (!m.matches()) return Optional.empty();
        String label = m.group(1);
        boolean representative = m.group(2) != null;
        String title = m.group(3);
        // a label without a title names the units' parent ("Văn phòng UBND tỉnh: Trung tâm PV-KSTTHC, NC"), or is a
        // heading of another kind ("Thời gian: …"): only a unit parent is taken
        if (!representative && title == null && !UNIT_START.matcher(label).lookingAt()) return Optional.empty();
        if (label.contains("(")) return Optional.empty();
        String list = m.group(4);
        boolean semicolons = list.contains(";");
        if (!semicolons && !list.contains(",")) return Optional.empty();
        boolean departments = DEPARTMENTS.matcher(label).find();
        List<String> units = new ArrayList<>();
        for (String item : semicolons ? outsideBrackets(list) : bareNames(list)) {
            // a remark on one unit: "Nội vụ (Cơ quan Tổ chức - Nội vụ)"
            String name = item.replaceAll(" \\([^()]*\\)", "").strip();
            Matcher scope = SCOPE_TAIL.matcher(name);
            if (scope.matches()) name = scope.group(1);
            if (name.isEmpty()) return Optional.empty();
            for (String part : semicolons ? splitAtUnits(name) : List.of(name)) {
                Matcher each = EACH_PLACE.matcher(part);
                if (each.matches()) {
                    for (String place : each.group(3).split(", ")) units.add(each.group(1) + " " + each.group(2) + " " + place);
                    continue;
                }
                units.add(fullName(part, departments, context.document()));
            }
        }
        if (units.size() < 2 || units.stream().anyMatch(u -> u.length() > 120)) return Optional.empty();
        String note = m.group(5);
        String template = Spans.escapeBraces(text.substring(0, m.start(5) < 0 ? m.start(6) : m.start(5) - 2))
                + (note == null ? "" : " ({note})") + m.group(6);
        boolean chair = note != null && note.toLowerCase(Locale.ROOT).contains("chủ trì");
        Invitee invitee = new Invitee(null, title, units, representative, chair, false, note);
        if (!prints(template, invitee, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null,
                new PointDto.Invitee(null, title, units, representative, chair, false, note), null, null), null));
    }

    /**
     * Bare names one per comma ({@code Tài chính, Khoa học và Công nghệ, Nội vụ}); the one department whose name has
     * a comma in it, Văn hóa, Thể thao và Du lịch, kept whole.
     */
    private static List<String> bareNames(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(", ")) {
            String before = out.isEmpty() ? "" : out.get(out.size() - 1).toLowerCase(Locale.ROOT);
            if (part.startsWith("Thể thao") && (before.endsWith("văn hóa") || before.endsWith("văn hoá"))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
            } else {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** A list's items between semicolons, a semicolon in brackets kept: {@code Nội vụ (Cơ quan A; Ban B); Tư pháp}. */
    private static List<String> outsideBrackets(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ';' && depth == 0) {
                out.add(list.substring(from, i).strip());
                from = i + 1;
            }
        }
        out.add(list.substring(from).strip());
        return out;
    }

    /** {@code Bưu điện tỉnh, Công ty Điện lực Lạng Sơn} in a list of semicolons: two units. */
    private static List<String> splitAtUnits(String item) {
        List<String> out = new ArrayList<>();
        for (String part : item.split(", ")) {
            if (!out.isEmpty() && !UNIT_START.matcher(part).lookingAt()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * A unit's full name: a department's short name under "các sở" takes "Sở" ({@code Nội vụ} → {@code Sở Nội vụ});
     * a unit's bare kind ({@code Công an}) takes the level the same document names it with ({@code Công an tỉnh}).
     */
    private static String fullName(String name, boolean departments, String document) {
        Matcher kind = UNIT_START.matcher(name);
        if (kind.lookingAt()) {
            if (kind.end() == name.length()) {
                Matcher named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + " " + LEVEL_NAMES + "(?![\\p{L}])")
                        .matcher(document);
                if (named.find()) return named.group();
            }
            return name;
        }
        return departments && Character.isUpperCase(name.charAt(0)) ? "Sở " + name : name;
    }

    /** The heads of units by their title: {@code Chủ tịch UBND các huyện, thành phố}, {@code Giám đốc các Sở …}. */
    private static final Pattern HEADS = Pattern.compile("^((?:Phó )?(?:Chủ tịch|Giám đốc|Thủ trưởng|Bí thư) )((?:UBND|Ủy ban"
            + "|Sở|Ban|Hội|Phòng|Đảng ủy|các) [^():;]+?)(,? chủ trì(?: [Hh]ội nghị| [Kk]ỳ họp| tại [^.;]+)?)?((?:\\.?/\\.|[.;])?)$");
    /** The units that each send some people: {@code Công chức văn thư của các sở, ngành, mỗi đơn vị cử 02 người.} */
    private static final Pattern QUOTA = Pattern.compile("^((?:.*? (?:của|thuộc) |(?:Mời )?[Đđ]ại diện (?:lãnh đạo )?))"
            + "([^():;]+?)(, mỗi (?:đơn vị|cơ quan|địa phương|sở|ngành|xã|phường|huyện|trường|khoa) cử )(\\d{1,3}) "
            + "(người|đồng chí|cán bộ|đại biểu|sinh viên|học sinh)((?:\\.?/\\.|[.;])?)$");
    /**
     * Each unit of a kind sends some, said as its own sentence or clause: {@code Mỗi chi Đoàn cử tối thiểu 01 đại diện
     * trong ban chấp hành tham dự lễ.}, {@code …; mỗi khoa cử 05 sinh viên tiêu biểu.} The units are all of that kind
     * ({@code Các chi Đoàn}), named as the wording names them.
     */
    private static final Pattern EACH_SENDS = Pattern.compile("(?:^|[;,] )[Mm]ỗi ((?:chi [Đđ]oàn|chi bộ|chi hội|đơn vị|cơ quan"
            + "|địa phương|sở|ngành|xã|phường|huyện|tỉnh|trường|khoa|lớp|phòng|ban|tổ|đoàn|hội|câu lạc bộ|CLB|Đoàn khoa)) cử "
            + "(?:tối thiểu |ít nhất |từ )?((\\d{1,3}) (người|đồng chí|cán bộ|đại biểu|đại diện|sinh viên|học sinh|đoàn viên"
            + "|hội viên|đảng viên|giáo viên|giảng viên|thành viên|công chức))(?![\\p{L}])");

    static Optional<Typed> eachSends(String text) {
        Matcher m = EACH_SENDS.matcher(text);
        if (!m.find() || text.contains("{") || text.contains("}")) return Optional.empty();
        var quota = new vn.giaymoi.domain.text.Quantity(Integer.parseInt(m.group(3)), m.group(4), true);
        List<String> units = List.of("Các " + m.group(1));
        String template = text.substring(0, m.start(2)) + "{quota}" + text.substring(m.end(2));
        Invitee invitee = new Invitee(null, null, units, false, false, false, null, quota);
        if (!prints(template, invitee, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null, new PointDto.Invitee(null, null, units, false, false,
                false, null, new PointDto.Quota(quota.count(), quota.unit())), null, null), null));
    }

    /**
     * Who is invited, written as one phrase after the label: {@code Thành phần: Đại biểu khách mời và đại biểu đoàn
     * viên thanh niên}, {@code Thành phần: Lãnh đạo các cơ quan, đơn vị được mời.} The leaders of units are their
     * representatives.
     */
    private static final Pattern INVITED_PHRASE = Pattern.compile(
            "^(Thành phần(?: mời| tham dự| dự họp| dự)?\\s*:\\s*)(\\p{L}[^:;(){}]{2,200}?)((?:\\.?/\\.|[.;])?)$");

    static Optional<Typed> invitedPhrase(String text) {
        Matcher m = INVITED_PHRASE.matcher(text);
        if (!m.matches() || GROUP.matcher(text).matches()) return Optional.empty();
        boolean representative = m.group(2).matches("(?i)^(?:lãnh đạo|đại diện)\\b.*");
        // the leaders of units listed one per comma; else the groups of people joined by "và", as one phrase (a comma
        // there may part a list of places, "cử tri các phường Sông Trí, Hoành Sơn", or a term, "khóa XV, nhiệm kỳ …")
        if (!representative && (m.group(2).contains(",") || !m.group(2).contains(" và "))) return Optional.empty();
        List<String> units = representative ? units(m.group(2)) : List.of(m.group(2));
        String template = m.group(1) + "{units}" + m.group(3);
        Invitee invitee = new Invitee(null, null, units, representative, false, false, null);
        if (!prints(template, invitee, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null,
                new PointDto.Invitee(null, null, units, representative, false, false, null), null, null), null));
    }

    /** Members who are the heads of units: {@code Thành viên Ban Chỉ đạo … là Chủ tịch UBND các huyện, thị xã (…).} */
    private static final Pattern HEADS_WITHIN = Pattern.compile("^.+? là ((?:Phó )?(?:Chủ tịch|Giám đốc|Thủ trưởng|Bí thư"
            + "|Trưởng)) ((?:UBND|Ủy ban|Sở|Ban|Hội|Phòng|Đảng ủy|các) [^():;]+?)(?: \\([^()]*\\))?(?:\\.?/\\.|[.;])?$");

    /** Members or heads of units, not their representatives: {@code Thành viên Ban Chỉ đạo …}. */
    private static final Pattern MEMBERS = Pattern.compile(
            "^((?:Thành viên|Trưởng các|Lãnh đạo) )([^()]+?)(?: \\(([^()]+)\\))?((?:\\.?/\\.|[.;])?)$");

    /**
     * The units of a list as written, one per comma: {@code VNPT Hà Tĩnh, Viettel Hà Tĩnh}, {@code các sở, ban, ngành
     * cấp tỉnh}; a part with "và" that names no unit of its own goes on the unit before it ({@code Sở Văn hóa, Thể
     * thao và Du lịch}).
     */
    static List<String> units(String written) {
        Matcher scoped = SCOPED_BODIES.matcher(written.strip());
        // "Đảng ủy, HĐND, UBND các xã, phường, thị trấn": the bodies of the places, one phrase
        if (scoped.matches()) return List.of(written.strip());
        List<String> out = new ArrayList<>();
        for (String p : written.split(", ")) {
            String part = p.strip();
            if (part.isEmpty()) return List.of(written.strip());
            if (!out.isEmpty() && part.contains(" và ") && !UNIT_START.matcher(part).lookingAt()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** The kinds of place a scope lists after "các": {@code các xã, phường, thị trấn}. */
    private static final String PLACE_KINDS = "(?:xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh)";
    /**
     * Bodies named bare then the places they are of, the scope written once for all: {@code Đảng ủy, HĐND, UBND các
     * xã, phường, thị trấn}, {@code các phòng chuyên môn thuộc UBND các huyện, thành phố}.
     */
    private static final Pattern SCOPED_BODIES = Pattern.compile("^(?:(?:\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,2}, )+"
            + "\\p{Lu}[\\p{L}-]*|[^,:;()]+? thuộc [^,:;()]+?) các " + PLACE_KINDS + "(?:, " + PLACE_KINDS + ")+$");

    // ------------------------------------------------------------------ agenda

    /** {@code Triển khai công tác văn thư năm 2026 (Chi cục Văn thư - Lưu trữ trình bày).} */
    private static final Pattern PRESENTED = Pattern.compile(
            "^((?:\\*{0,2}Nội dung:\\*{0,2}\\s*)?)([^{}()]{3,400}?) \\(([^()]{2,200}) trình bày\\)((?:\\.?/\\.|[.;])?)$");
    /** {@code Thông tin tình hình thời sự: TS Vũ Trung Kiên, Phó Trưởng Khoa …} under a heading {@code Nội dung}. */
    private static final Pattern TOPIC_BY = Pattern.compile("^([^{}:]{3,400}): ((?:[Đđ]ồng chí|TS|ThS|PGS|GS|Ông|Bà"
            + "|Đại diện|Lãnh đạo|Báo cáo viên)\\.? [^{}]+?)((?:\\.?/\\.|[.;])?)$");

    /** An agenda line: its topic and the punctuation that ends it. */
    private static final Pattern TOPIC_LINE = Pattern.compile("^([^{}]{3,400}?)((?:\\.?/\\.|[.;])?)$");

    static Optional<Typed> agenda(String text, boolean underHeading) {
        Matcher p = PRESENTED.matcher(text);
        if (p.matches() && (underHeading || !p.group(1).isEmpty())) {
            return agendaItem(text, Spans.escapeBraces(p.group(1)) + "{topic} ({presenter} trình bày)" + p.group(4),
                    p.group(2), p.group(3));
        }
        if (!underHeading) return Optional.empty();
        Matcher by = TOPIC_BY.matcher(text);
        if (by.matches()) return agendaItem(text, "{topic}: {presenter}" + by.group(3), by.group(1), by.group(2));
        Matcher m = TOPIC_LINE.matcher(text);
        if (!m.matches() || text.contains(":")) return Optional.empty();
        return agendaItem(text, "{topic}" + m.group(2), m.group(1), null);
    }

    private static Optional<Typed> agendaItem(String text, String template, String topic, String presenter) {
        if (!prints(template, new AgendaItem(topic, presenter), text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null, null, new PointDto.Agenda(topic, presenter), null),
                null));
    }

    // ------------------------------------------------------------------ requirements

    private static final Pattern REQUIREMENT = Pattern.compile(
            "^(\\*{0,2}(Trang phục|Tài liệu)\\*{0,2}:\\*{0,2}\\s*)([^{}]+?)((?:\\.?/\\.|[.;])?)$");

    /** An app to install or use, with its link: {@code Đại biểu cài đặt ứng dụng họp: … (https://…).} */
    private static final Pattern APP = Pattern.compile("^([^{}:]{0,60}?(?:cài đặt|sử dụng|tải) ứng dụng[^{}:]{0,40}:\\s*)"
            + "([^{}()]+?)(?: \\((https?://[^\\s()]+)\\))?((?:\\.?/\\.|[.;])?)$");

    /** Dress said without its label: {@code … đại biểu nam mặc comple, thắt cà vạt; đại biểu nữ mặc áo dài …}. */
    private static final Pattern DRESS_SAID = Pattern.compile(
            "(?iu)(?<![\\p{L}])mặc (?:com-?lê|comple|veston|áo dài|trang phục)(?![\\p{L}])");
    /** Documents said without their label: {@code Đại biểu chủ động tra cứu văn bản kỳ họp trên …}. */
    private static final Pattern DOCUMENTS_SAID = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:tra cứu|tải về|tải) (?:văn bản|tài liệu)(?![\\p{L}])");

    /** {@code Trang phục: công sở, đeo thẻ công chức.}, {@code Tài liệu: …}. */
    static Optional<Typed> requirement(String text) {
        Requirement.Kind said = text.contains("{") || text.contains("}") ? null
                : DRESS_SAID.matcher(text).find() ? Requirement.Kind.DRESS
                : DOCUMENTS_SAID.matcher(text).find() ? Requirement.Kind.DOCUMENTS : null;
        if (said != null && !REQUIREMENT.matcher(text).matches()) {
            // the whole sentence is the requirement: no label to take off
            return Optional.of(new Typed("{detail}", new PointDto(null, null, null, null, null, null, null, null, null,
                    null, new PointDto.Requirement(said.code(), text, null)), null));
        }
        Matcher app = APP.matcher(text);
        if (app.matches()) {
            String template = Spans.escapeBraces(app.group(1)) + "{detail}" + (app.group(3) == null ? "" : " ({link})")
                    + app.group(4);
            if (prints(template, new Requirement(Requirement.Kind.APP, app.group(2), app.group(3)), text)) {
                return Optional.of(new Typed(template, new PointDto(null, null, null, null, null, null, null, null, null,
                        null, new PointDto.Requirement(Requirement.Kind.APP.code(), app.group(2), app.group(3))), null));
            }
        }
        Matcher m = REQUIREMENT.matcher(text);
        if (!m.matches()) return Optional.empty();
        Requirement.Kind kind = m.group(2).equals("Trang phục") ? Requirement.Kind.DRESS : Requirement.Kind.DOCUMENTS;
        String template = Spans.escapeBraces(m.group(1)) + "{detail}" + m.group(4);
        if (!prints(template, new Requirement(kind, m.group(3), null), text)) return Optional.empty();
        return Optional.of(new Typed(template, new PointDto(null, null, null, null, null, null, null, null, null, null,
                new PointDto.Requirement(kind.code(), m.group(3), null)), null));
    }

    // ------------------------------------------------------------------ tasks

    private static final String UNIT_WORDS = "Sở|Văn phòng|VP|UBND|Ủy ban nhân dân|Công an|Báo|Đài|Ban|Phòng|Trung tâm|Cục"
            + "|Chi cục|Bộ|Viễn thông|Công ty|Điện lực|Cổng|Hội|Liên đoàn|Đoàn|Bảo hiểm|Kho bạc|Thanh tra|Quỹ|Bệnh viện"
            + "|Trường|Tỉnh đoàn|Huyện đoàn|Bộ Chỉ huy|Ngân hàng|Cơ quan|Các sở|Các đơn vị|Bưu điện|Các cơ quan, đơn vị|Các cơ quan|Các tổ đại biểu|Tổ đại biểu";
    private static final String UNIT = "(?:" + UNIT_WORDS + ")[^,:;()]{0,80}?";
    private static final Pattern UNIT_START = Pattern.compile("(?i)(?:các |những )?(?:" + UNIT_WORDS + ")(?![\\p{L}])");
    private static final Pattern LEAD_COLON = Pattern.compile("^(\\*{0,2})(" + UNIT + ")((?:, " + UNIT + ")*):(\\*{0,2})(.*)$");
    /** Between two partners: a comma, or "và" before a unit ({@code Sở Nội vụ và Văn phòng UBND tỉnh}). */
    private static final String PARTNER_SEPARATOR = ", | và (?=" + "(?:" + UNIT_WORDS + ")(?![\\p{L}]))";
    private static final Pattern WITH = Pattern.compile("phối hợp với (" + UNIT + "(?:(?:" + PARTNER_SEPARATOR + ")" + UNIT
            + ")*)(?= và (?=\\p{Ll})| để |[;.]"
            + "| (?:chuẩn bị|thực hiện|tổ chức|kiểm tra|bố trí|đảm bảo|bảo đảm|cung cấp|xây dựng|tổng hợp|hướng dẫn)(?![\\p{L}]))");
    private static final Pattern LEAD_VERB = Pattern.compile("^((?:Đề nghị |Giao )?)(" + UNIT + ")((?:, " + UNIT + ")*)"
            + "( (?:chủ trì|phối hợp|chuẩn bị|cử|đăng ký|bố trí|đảm bảo|bảo đảm|thông báo|liên hệ|tổng hợp|gửi|kiểm tra"
            + "|tham mưu|có trách nhiệm|thực hiện|hướng dẫn|tổ chức|mời|chịu trách nhiệm|theo dõi|đôn đốc|tiếp xúc)(?![\\p{L}]).*)$");
    /** What is prepared, not delivered: conditions, rooms, places. */
    private static final String PREPARED_ONLY = "(?:các |những )?(?:điều kiện|cơ sở vật chất|phòng họp|địa điểm|hội trường)"
            + "(?![\\p{L}])";
    /** What is delivered by a deadline: {@code chuẩn bị báo cáo tình hình công tác văn thư, xong trước …}. */
    private static final Pattern DELIVERABLE = Pattern.compile("(?<![\\p{L}])(?:chuẩn bị|xây dựng|hoàn thiện) "
            + "(?!" + PREPARED_ONLY + ")([^,;.(){}]{3,120}?)(?=,? (?:xong |hoàn thành )?(?:trước|chậm nhất) )");
    /**
     * What a verb hands over, up to its clause's end or its channel, recipient or purpose: {@code gửi danh sách đại
     * biểu dự họp qua thư điện tử …}, {@code chuẩn bị nội dung tham luận theo yêu cầu}, {@code cung cấp thông tin cho
     * Sở … trước …}. A capital after the verb is a unit ({@code gửi Sở Nội vụ}), not a deliverable; conditions and
     * rooms are prepared, not delivered.
     */
    private static final Pattern DELIVERS = Pattern.compile("(?<![\\p{L}])(?:chuẩn bị|xây dựng|hoàn thiện|dự thảo|cung cấp"
            + "|gửi|nộp) (?!" + PREPARED_ONLY + ")"
            + "(\\p{Ll}[^,;.(){}*]{2,120}?)(?=,? (?:xong |hoàn thành )?(?:trước|chậm nhất) |\\s*[,;.(*]"
            + "| (?:qua|theo|để|đến|tới|về việc|trình)(?![\\p{L}])|$)");

    /**
     * The deliverable of a task with a deadline, when no {@link #DELIVERABLE} is due right before it: what a verb hands
     * over in the clause (between semicolons outside brackets) that holds the first deadline, else the first one the
     * task names before it ({@code …; chuẩn bị nội dung phát biểu (…, gửi Văn phòng UBND tỉnh trước 10 giờ …)}).
     */
    private static MatchResult deliveredBy(String rest, List<Spans.Replacement> rep) {
        int due = rep.stream().filter(r -> r.placeholder().startsWith("{deadline")).mapToInt(Spans.Replacement::start).min()
                .orElse(-1);
        if (due < 0) return null;
        int clause = 0;
        int depth = 0;
        for (int i = 0; i < due; i++) {
            char ch = rest.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')') depth = Math.max(0, depth - 1);
            else if (ch == ';' && depth == 0) clause = i + 1;
        }
        Matcher m = DELIVERS.matcher(rest).useTransparentBounds(true).region(0, due);
        MatchResult first = null;
        while (m.find()) {
            if (m.start() >= clause) return m.toMatchResult();
            if (first == null) first = m.toMatchResult();
        }
        return first;
    }

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
                coordinating = List.of(w.group(1).split(PARTNER_SEPARATOR));
                // a list printed with commas only; "A và B" stays as written, its units typed all the same
                if (w.group(1).split(", ").length == coordinating.size()) {
                    rep.add(new Spans.Replacement(w.start(1), w.end(1), "{coordinating}"));
                }
            }
        }
        String deliverable = null;
        Matcher due = DELIVERABLE.matcher(rest);
        MatchResult dm = due.find() ? due.toMatchResult() : deliveredBy(rest, rep);
        if (dm != null && rep.stream().noneMatch(r -> r.start() < dm.end(1) && dm.start(1) < r.end())) {
            deliverable = dm.group(1);
            rep.add(new Spans.Replacement(dm.start(1), dm.end(1), "{deliverable}"));
        }
        String tail = Spans.replace(rest, rep);
        template = template + tail;
        Assignment a;
        try {
            a = new Assignment(lead, coordinating, deliverable, deadlines.stream()
                    .map(dl -> dl.value().contains("T") ? new Assignment.Deadline(LocalDateTime.parse(dl.value()).toLocalDate(),
                            LocalDateTime.parse(dl.value()).toLocalTime()) : Assignment.Deadline.on(LocalDate.parse(dl.value())))
                    .toList());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!prints(template, a, text)) return Optional.empty();
        return Optional.of(new Typed(template, point(null, null, null, null, null,
                new PointDto.Task(lead, coordinating, deliverable, deadlines)), null));
    }

    /**
     * The units a lead named alone works with, said in one of its sub-points: under {@code Sở Nội vụ:}, {@code Chủ trì,
     * phối hợp với Văn phòng UBND tỉnh, Viễn thông Quảng Ngãi để …}.
     */
    static List<String> coordinatingIn(String subPoint) {
        Matcher w = WITH.matcher(subPoint);
        return w.find() ? List.of(w.group(1).split(PARTNER_SEPARATOR)) : List.of();
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

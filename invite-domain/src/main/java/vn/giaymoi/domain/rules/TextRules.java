package vn.giaymoi.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.text.VietnameseCalendar;

/**
 * Quy tắc lời văn (rules of the wording): one document writes the same thing one way (tone placement, clock
 * times, ranges, zero padding, abbreviations), a stated duration fits its time range, a weekday fits the date of
 * its sentence, cited numbers are well formed and common words are spelt right. Warnings: none of this is in the
 * decree's text, but each is a mistake the reader sees.
 */
final class TextRules {
    private TextRules() {}

    static final String WORDING = "Thống nhất cách viết trong một văn bản (NĐ 30/2020/NĐ-CP, Phụ lục I, mục I: văn bản rõ ràng, chính xác)";

    static List<Rule> all() {
        return List.of(new SpellingVariant(), new TimeNotation(), new RangeDash(), new ZeroPadding(), new Abbreviation(),
                new DurationFitsRange(), new WeekdayInSentence(), new CitedNumberFormat(), new CommonTypo(), new SpaceAfterMark());
    }

    /** A form met in the text, where it was first met, and how often. */
    private static final class Seen {
        final String form;
        final String path;
        int count;

        Seen(String form, String path) {
            this.form = form;
            this.path = path;
        }
    }

    /** Groups every match of {@code pattern} by {@code key}, keeping each distinct form in reading order. */
    private static Map<String, Map<String, Seen>> forms(InvitationView view, Pattern pattern, java.util.function.Function<Matcher, String> form,
            java.util.function.Function<String, String> key) {
        Map<String, Map<String, Seen>> out = new LinkedHashMap<>();
        for (TextScan.Source s : view.texts()) {
            Matcher m = pattern.matcher(s.text());
            while (m.find()) {
                String f = form.apply(m);
                if (f == null) continue;
                out.computeIfAbsent(key.apply(f), k -> new LinkedHashMap<>()).computeIfAbsent(f, x -> new Seen(x, s.path())).count++;
            }
        }
        return out;
    }

    /** One finding for each key written in more than one form: at the first place of the less used form. */
    private static List<Finding> mixed(AbstractRule rule, Map<String, Map<String, Seen>> groups, String whatVi, String whatEn) {
        List<Finding> out = new ArrayList<>();
        for (Map<String, Seen> g : groups.values()) {
            if (g.size() < 2) continue;
            List<Seen> seen = new ArrayList<>(g.values());
            Seen main = seen.stream().max((a, b) -> Integer.compare(a.count, b.count)).get();
            Seen other = seen.stream().filter(x -> x != main).findFirst().get();
            List<String> all = seen.stream().map(x -> "'" + x.form + "'").toList();
            out.add(rule.warning(other.path, whatVi + " viết nhiều cách trong cùng văn bản: " + String.join(", ", all)
                            + "; hãy thống nhất một cách",
                    whatEn + " written more than one way in one document: " + String.join(", ", all) + "; use one",
                    main.form, other.form, null));
        }
        return out;
    }

    /**
     * TEXT-VARIANT: a word with the old and the new tone placement in one document ({@code Uỷ}/{@code Ủy},
     * {@code khoá}/{@code khóa}, {@code Hoà}/{@code Hòa}).
     */
    static final class SpellingVariant extends AbstractRule {
        SpellingVariant() {
            super("TEXT-VARIANT", "Một từ chỉ bỏ dấu một kiểu (Ủy/Uỷ, khóa/khoá)", WORDING);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Map<String, Map<String, Seen>> g = forms(view, WORD, m -> {
                String w = m.group().toLowerCase(Locale.ROOT);
                return w.length() >= 2 && TONE_PAIRS.contains(w.substring(w.length() - 2)) ? w : null;
            }, Names::key);
            return mixed(this, g, "Từ", "The word");
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Word endings with an old and a new tone placement: {@code uỷ}/{@code ủy}, {@code oá}/{@code óa}, {@code oẻ}/{@code ỏe}. */
    private static final Set<String> TONE_PAIRS = Set.of(
            "oà", "oá", "oả", "oã", "oạ", "uỳ", "uý", "uỷ", "uỹ", "uỵ", "oè", "oé", "oẻ", "oẽ", "oẹ",
            "òa", "óa", "ỏa", "õa", "ọa", "ùy", "úy", "ủy", "ũy", "ụy", "òe", "óe", "ỏe", "õe", "ọe");

    /** A clock time and its notation. */
    record Clock(String written, String notation, int minutes, int start, int end) {}

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{L}\\d/:])([01]?\\d|2[0-3])(?:(:)([0-5]\\d)|\\s?(h)\\s?([0-5]\\d)?(?:\\s?phút)?[’']?|\\s(giờ)(?:\\s([0-5]?\\d)(?:\\sphút)?)?)(?![\\p{L}\\d])");
    private static final Pattern CLOCK_CUE = Pattern.compile("(?iu)(lúc|vào|từ|đến|bắt đầu|khai mạc|sáng|chiều|tối|trước|sau)\\s*$");

    /** Clock times: {@code 08:00}, {@code 7h30}, {@code 08h00’}, {@code 8 giờ 30 phút}; a bare {@code 2 giờ} only after lúc, từ, đến … */
    static List<Clock> clocks(String text) {
        List<Clock> out = new ArrayList<>();
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            String notation;
            String min;
            if (m.group(2) != null) {
                notation = "hh:mm";
                min = m.group(3);
            } else if (m.group(4) != null) {
                notation = "h";
                min = m.group(5);
            } else {
                notation = "giờ";
                min = m.group(7);
                String before = text.substring(Math.max(0, m.start() - 12), m.start());
                if (min == null && !CLOCK_CUE.matcher(before).find()) continue;
            }
            out.add(new Clock(m.group(), notation, h * 60 + (min == null ? 0 : Integer.parseInt(min)), m.start(), m.end()));
        }
        return out;
    }

    /** {@code 7h30 phút}: the short notation with the minutes' word of the long one. */
    private static final Pattern H_AND_PHUT = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})[hH](\\d{2})\\s+(?iu:phút)(?!\\p{L})");

    /**
     * TEXT-TIME-NOTATION: clock times written one way in a document ({@code 08:00}, {@code 08h00} or {@code 8 giờ}),
     * and no single time that mixes two of them ({@code Từ 7h30 phút đến 17h00}, a real Lai Châu notice).
     */
    static final class TimeNotation extends AbstractRule {
        TimeNotation() {
            super("TEXT-TIME-NOTATION", "Giờ viết một kiểu trong văn bản (08h00, 08:00 hoặc 8 giờ)", WORDING);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Map<String, Seen> byNotation = new LinkedHashMap<>();
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                for (Clock c : clocks(s.text())) byNotation.computeIfAbsent(c.notation(), n -> new Seen(c.written().strip(), s.path())).count++;
                Matcher m = H_AND_PHUT.matcher(s.text());
                while (m.find()) {
                    String shortForm = m.group(1) + "h" + m.group(2);
                    String longForm = m.group(1) + " giờ " + m.group(2) + " phút";
                    out.add(warning(s.path(), "Giờ '" + m.group() + "' trộn hai cách viết; viết '" + shortForm + "' hoặc '" + longForm + "'",
                            "The time '" + m.group() + "' mixes two notations; write '" + shortForm + "' or '" + longForm + "'",
                            shortForm, m.group(), null));
                }
            }
            out.addAll(mixed(this, Map.of("", byNotation), "Giờ", "Clock time"));
            return out;
        }
    }

    /** A range of clock times: {@code 7h30 - 9h00}, {@code 14:00–16:30}. */
    record Range(Clock from, Clock to, String dash, boolean spaceBefore, boolean spaceAfter) {
        int minutes() {
            return to.minutes() - from.minutes();
        }
    }

    private static final Pattern DASH = Pattern.compile("(\\s*)([-–—])(\\s*)");
    private static final Pattern FROM_TO = Pattern.compile("(?iu)\\s+(đến|tới)\\s+");

    static List<Range> ranges(String text) {
        List<Clock> clocks = clocks(text);
        List<Range> out = new ArrayList<>();
        for (int i = 0; i + 1 < clocks.size(); i++) {
            Clock a = clocks.get(i);
            Clock b = clocks.get(i + 1);
            String gap = text.substring(a.end(), b.start());
            Matcher d = DASH.matcher(gap);
            if (d.matches()) {
                out.add(new Range(a, b, d.group(2), !d.group(1).isEmpty(), !d.group(3).isEmpty()));
            } else if (FROM_TO.matcher(gap).matches()) {
                out.add(new Range(a, b, null, true, true));
            }
        }
        return out;
    }

    /**
     * TEXT-RANGE-DASH: a range of times is written evenly ({@code 7h30 - 9h00} or {@code 7h30-9h00}, not
     * {@code 7h30 -9h00}) and with one kind of dash throughout the document.
     */
    static final class RangeDash extends AbstractRule {
        RangeDash() {
            super("TEXT-RANGE-DASH", "Khoảng thời gian viết cân đối, một kiểu gạch nối", WORDING);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            Map<String, Seen> dashes = new LinkedHashMap<>();
            for (TextScan.Source s : view.texts()) {
                for (Range r : ranges(s.text())) {
                    if (r.dash() == null) continue;
                    dashes.computeIfAbsent(r.dash(), d -> new Seen(d, s.path())).count++;
                    if (r.spaceBefore() == r.spaceAfter()) continue;
                    String written = s.text().substring(r.from().start(), r.to().end());
                    String even = r.from().written().strip() + " " + r.dash() + " " + r.to().written().strip();
                    out.add(warning(s.path(), text(1, written, even),
                            even, written, null));
                }
            }
            out.addAll(mixed(this, Map.of("", dashes), "Gạch nối trong khoảng thời gian", "The dash of time ranges"));
            return out;
        }
    }

    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\p{L}\\d,./:])(\\d{1,2})\\s+(người|đại biểu|sinh viên|học sinh|đồng chí|cán bộ|cử tri|thành viên|bản|ngày|buổi|phút)(?![\\p{L}])");

    /** TEXT-ZERO-PAD: small counts are padded alike in a document ({@code 06 người} and {@code 6 người}, not both). */
    static final class ZeroPadding extends AbstractRule {
        ZeroPadding() {
            super("TEXT-ZERO-PAD", "Số đếm dưới 10 viết thống nhất (06 người hoặc 6 người)", WORDING);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Map<String, Map<String, Seen>> g = forms(view, COUNT, m -> {
                String n = m.group(1);
                if (Integer.parseInt(n) >= 10 || Integer.parseInt(n) == 0) return null;
                return n + " " + m.group(2);
            }, f -> "");
            // a form is "padded" or "plain"; keep one sample of each
            Map<String, Seen> styles = new LinkedHashMap<>();
            for (Map<String, Seen> forms : g.values()) {
                for (Seen s : forms.values()) {
                    Seen style = styles.computeIfAbsent(s.form.startsWith("0") ? "0" : "1", k -> new Seen(s.form, s.path));
                    style.count += s.count;
                }
            }
            return mixed(this, Map.of("", styles), "Số đếm", "A count");
        }
    }

    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}&.\\-]*\\p{Lu}(?![\\p{L}\\d])");

    /** TEXT-ABBREVIATION: an abbreviation is spelt one way in a document ({@code HĐND}/{@code HDND}, {@code GD&ĐT}/{@code GDĐT}). */
    static final class Abbreviation extends AbstractRule {
        Abbreviation() {
            super("TEXT-ABBREVIATION", "Một chữ viết tắt chỉ viết một cách", WORDING);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Map<String, Map<String, Seen>> g = forms(view, ABBREVIATION, m -> m.group().length() >= 3 ? m.group() : null,
                    f -> f.replaceAll("[&.\\-]", "").replace('Đ', 'D'));
            return mixed(this, g, "Chữ viết tắt", "The abbreviation");
        }
    }

    private static final Pattern HALF_DAY = Pattern.compile("(?iu)(?<!\\p{L})(½\\s*ngày|1/2\\s*ngày|nửa\\s+ngày|(?:01|1|một)\\s+buổi)(?!\\p{L})");
    private static final Pattern FULL_DAY = Pattern.compile("(?iu)(?<!\\p{L})((?:01|1|một|cả)\\s+ngày)(?![\\p{L}\\d/])");

    /**
     * TEXT-DURATION: a stated duration fits the time range in the same text: half a day ({@code ½ ngày},
     * {@code 01 buổi}) is 2½ to 5½ hours, a whole day ({@code 01 ngày}) at least 5 hours ({@code ½ ngày, từ 7h30
     * - 9h00} is wrong).
     */
    static final class DurationFitsRange extends AbstractRule {
        DurationFitsRange() {
            super("TEXT-DURATION", "Thời lượng ghi khớp với khoảng giờ", MeetingRules.LOGIC);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                List<Range> ranges = ranges(s.text());
                if (ranges.size() != 1) continue;
                Range r = ranges.get(0);
                int span = r.minutes();
                if (span <= 0) continue;
                Matcher half = HALF_DAY.matcher(s.text());
                Matcher full = FULL_DAY.matcher(s.text());
                String stated = null;
                if (half.find() && (span < 150 || span > 330)) stated = half.group(1);
                else if (full.find() && span < 300) stated = full.group(1);
                if (stated == null) continue;
                String range = s.text().substring(r.from().start(), r.to().end());
                String hours = span / 60 + " giờ" + (span % 60 == 0 ? "" : " " + span % 60 + " phút");
                out.add(warning(s.path(), text(1, stated, range, hours, span),
                        hours, stated, null));
            }
            return out;
        }
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!\\p{L})(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s+nhật)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\R");
    /**
     * What stands before a weekday, as opposed to an ordinal ({@code lần thứ năm}, {@code Kỳ họp thứ Hai}): a
     * punctuation mark, a part of day, or a clock time ({@code 17h00 thứ 6}, {@code 14 giờ 30 phút thứ 5}).
     */
    private static final Pattern WEEKDAY_CUE = Pattern.compile("(?iu)(?:^|[(,:;–-]\\s*|(?:sáng|chiều|tối|trưa|đêm|vào|hôm|ngày)\\s+"
            + "|\\d\\s*(?:h|giờ|g)(?:\\s*\\d{1,2})?(?:\\s*phút|['’])?\\s+)$");

    /**
     * MEET-WEEKDAY-SENTENCE: a weekday anywhere in a sentence that holds one date is that date's weekday, also with
     * a part of day ({@code ngày 17/5/2024 (Tối thứ Tư)}). A weekday right next to its date is MEET-WEEKDAY's.
     */
    static final class WeekdayInSentence extends AbstractRule {
        WeekdayInSentence() {
            super("MEET-WEEKDAY-SENTENCE", "Thứ ghi trong câu khớp với ngày của câu", MeetingRules.LOGIC);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.content()) {
                for (String sentence : SENTENCE_END.split(s.text())) {
                    Set<LocalDate> days = new LinkedHashSet<>();
                    String dateWritten = null;
                    for (TextScan.WrittenDate d : TextScan.dates(sentence)) {
                        if (d.date().isEmpty()) continue;
                        days.add(d.date().get());
                        dateWritten = d.written();
                    }
                    if (days.size() != 1) continue;
                    LocalDate day = days.iterator().next();
                    Set<Integer> adjacent = new java.util.HashSet<>();
                    TextScan.datedWeekdays(sentence).forEach(w -> adjacent.add(w.start()));
                    Matcher m = WEEKDAY.matcher(sentence);
                    while (m.find()) {
                        if (adjacent.contains(m.start())) continue;
                        if (!WEEKDAY_CUE.matcher(sentence.substring(Math.max(0, m.start() - 16), m.start())).find()) continue;
                        Optional<DayOfWeek> wd = VietnameseCalendar.parseWeekday(m.group(1));
                        if (wd.isEmpty() || wd.get() == day.getDayOfWeek()) continue;
                        String right = VietnameseCalendar.weekday(day.getDayOfWeek());
                        out.add(error(s.path(), text(1, dateWritten, right, m.group(1), day.getDayOfWeek().name().toLowerCase(Locale.ROOT)),
                                right, m.group(1), null));
                    }
                }
            }
            return out;
        }
    }

    /**
     * {@code số 05/GM – CTGPL}, {@code số 27 - GM/BTGTU}, {@code số 04/2021/TT- TTCP}: a cited number with spaces or an
     * en dash in its symbol (the year of a legal document may stand between number and symbol).
     */
    private static final Pattern CITED = Pattern.compile(
            "(?<!\\p{L})(?iu:số)\\s+((\\d+)\\s*/\\s*((?:\\d{4}\\s*/\\s*)?\\p{Lu}[\\p{Lu}\\d&]*(?:\\s*[-–]\\s*\\p{Lu}[\\p{Lu}\\d&]*)+)"
                    + "|(\\d+)\\s*[-–]\\s*(\\p{Lu}[\\p{Lu}\\d]*)\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*))");

    /**
     * TEXT-CITED-NUMBER: a document cited in the text has its number written as issued, without spaces or en
     * dashes inside the ký hiệu ({@code 05/GM-CTGPL}, {@code 27-GM/BTGTU}; NĐ 30/2020 PL I §II.3 for the form).
     */
    static final class CitedNumberFormat extends AbstractRule {
        CitedNumberFormat() {
            super("TEXT-CITED-NUMBER", "Số, ký hiệu văn bản được dẫn viết liền, gạch nối ngắn", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                Matcher m = CITED.matcher(s.text());
                while (m.find()) {
                    String written = m.group(1);
                    String compact = m.group(2) != null
                            ? m.group(2) + "/" + m.group(3).replaceAll("\\s*/\\s*", "/").replaceAll("\\s*[-–]\\s*", "-")
                            : m.group(4) + "-" + m.group(5) + "/" + m.group(6);
                    if (compact.equals(written)) continue;
                    out.add(warning(s.path(), text(1, written, compact), compact, written, null));
                }
            }
            return out;
        }
    }

    /** {@code 2023;Khai mạc}, {@code Địa điểm:Trung tâm}, {@code 2023.Tổng kết}: a mark run into the next word. */
    private static final Pattern RUN_ON = Pattern.compile("[;:,](?=\\p{L})|(?<=[\\p{Ll}\\d])\\.(?=\\p{Lu}\\p{Ll})");

    /**
     * TEXT-SPACE: a space follows a comma, a semicolon, a colon, and a full stop that ends a sentence
     * ({@code 26/10/2023;Khai mạc}, {@code Địa điểm:Trung tâm}, {@code 2023.Tổng kết} are typing slips; {@code TP.HCM},
     * {@code P.7} and web addresses are not touched).
     */
    static final class SpaceAfterMark extends AbstractRule {
        SpaceAfterMark() {
            super("TEXT-SPACE", "Sau dấu phẩy, chấm phẩy, hai chấm, chấm câu có dấu cách", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục I (văn bản rõ ràng, chính xác)");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                Matcher m = RUN_ON.matcher(s.text());
                boolean found = false;
                while (!found && m.find()) found = !inAddress(s.text(), m.start());
                if (!found) continue;
                int from = Math.max(0, m.start() - 12);
                int to = Math.min(s.text().length(), m.end() + 12);
                String around = s.text().substring(from, to).strip();
                out.add(warning(s.path(), text(1, m.group(), around), null, around, null));
            }
            return out;
        }

        /** True inside a web or mail address: the word around {@code at} has {@code ://}, {@code www.} or {@code @}. */
        private static boolean inAddress(String text, int at) {
            int start = at;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            String word = text.substring(start, end);
            return word.contains("://") || word.contains("www.") || word.contains("@");
        }
    }

    /** The misspellings of {@code common-typos.tsv}, by their key (lower case, single spaces), with their corrections. */
    private static final Map<String, String> TYPOS = readTypos();
    /** All the misspellings in one alternation, matched as whole words in any case: one pass over a text. */
    private static final Pattern TYPO = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", TYPOS.keySet().stream()
            .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * TEXT-TYPO: common words of administrative Vietnamese spelt wrong ({@code tiểu biểu} for {@code tiêu biểu},
     * {@code hổ trợ} for {@code hỗ trợ}), from a small dictionary; a certain fix where the point says it once.
     */
    static final class CommonTypo extends AbstractRule {
        CommonTypo() {
            super("TEXT-TYPO", "Từ thông dụng viết đúng chính tả", "Chính tả tiếng Việt (từ điển lỗi thường gặp)");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                Matcher m = TYPO.matcher(s.text());
                while (m.find()) {
                    String written = m.group();
                    String correct = TYPOS.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                    String right = Character.isUpperCase(written.charAt(0))
                            ? Character.toUpperCase(correct.charAt(0)) + correct.substring(1) : correct;
                    out.add(warning(s.path(), text(2, written, right), right, written, fix(view, s.path(), written, right)));
                }
            }
            return out;
        }

        private static Fix fix(InvitationView view, String path, String written, String right) {
            if (!path.startsWith("body")) return null;
            Outline.Entry e = view.entry(path).orElse(null);
            if (e == null) return null;
            String markup = Edits.markup(e.point());
            if (markup.indexOf(written) < 0 || markup.indexOf(written) != markup.lastIndexOf(written)) return null;
            return new Fix("Sửa '" + written + "' thành '" + right + "'", "Replace '" + written + "' with '" + right + "'",
                    x -> Edits.point(x, e.fieldPath(), p -> Edits.reworded(p, Edits.markup(p).replace(written, right))));
        }
    }

    private static Map<String, String> readTypos() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : Tsv.read("common-typos.tsv")) out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        return java.util.Collections.unmodifiableMap(out);
    }
}

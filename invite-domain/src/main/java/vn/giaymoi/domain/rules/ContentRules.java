package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.text.VietnameseCalendar;

/** Quy tắc nội dung (rules of the content, ô 6), ND30 PL I §II.6, PL II and PL III Mẫu 1.7. */
final class ContentRules {
    private ContentRules() {}

    static List<Rule> all() {
        return List.of(GiayMoiStates.invitees(), GiayMoiStates.time(), GiayMoiStates.place(),
                new WeekdayForm(), new EndMark(), new PointLevel(), new PointStyleMix(), new ListPunctuation(),
                new ContentDatePadding(), new BasisCitation());
    }

    /** True when the opening or a point of the content (other than a task) says {@code phrase}, in any case. */
    static boolean says(InvitationView view, String phrase, boolean skipTasks) {
        Invitation inv = view.invitation();
        String p = phrase.toLowerCase(Locale.ROOT);
        Predicate<String> has = t -> t.toLowerCase(Locale.ROOT).contains(p);
        if (inv.opening() != null && has.test(inv.opening().text().plain())) return true;
        return view.entries().stream()
                .filter(e -> !(skipTasks && e.point().fact(Assignment.class).isPresent()))
                .anyMatch(e -> has.test(e.text().plain()));
    }

    /** True when the opening or a point of the content other than a task matches {@code pattern}. */
    static boolean saysLike(InvitationView view, java.util.regex.Pattern pattern) {
        Invitation inv = view.invitation();
        if (inv.opening() != null && pattern.matcher(inv.opening().text().plain()).find()) return true;
        return view.entries().stream()
                .filter(e -> !e.point().fact(Assignment.class).isPresent())
                .anyMatch(e -> pattern.matcher(e.text().plain()).find());
    }

    /** A clock time as invitations write it: {@code 08 giờ 00}, {@code 14 giờ}, {@code 7h30}. */
    static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile(
            "(?<![\\d\\p{L}])\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{2})?(?![\\p{L}])");
    /** A venue named without the heading: {@code tại Hội trường …}, {@code Phòng họp số 2}. */
    static final java.util.regex.Pattern VENUE_WORDS = java.util.regex.Pattern.compile(
            "(?iu)hội trường|phòng họp|trụ sở|nhà văn hóa|nhà văn hoá|tại phòng|tại khách sạn|tại trung tâm");
    /** A place named after {@code tại}: {@code tại Văn Miếu Mao Điền}, {@code tại Đền Văn Hiến} (real invitations). */
    static final java.util.regex.Pattern NAMED_PLACE = java.util.regex.Pattern.compile("(?<!\\p{L})[Tt]ại\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Lu}");

    /**
     * A part of Mẫu 1.7 a giấy mời must state (PL III Mẫu 1.7): it is there as a typed fact, or said in the wording.
     * One policy, three rules: ND30-GM-INVITEES (whom it invites, {@code … trân trọng kính mời: …}; docs/decree-reference.md item
     * 20), ND30-GM-TIME (when: {@code Thời gian: …} or a clock time in a sentence such as {@code vào lúc 08 giờ 00}),
     * ND30-GM-PLACE (where: {@code Địa điểm: …}, the bridge points, or a venue in a sentence such as
     * {@code tại Hội trường …}). Who chairs is not part of Mẫu 1.7: see {@link MeetingRegimeRules}.
     */
    static final class GiayMoiStates extends AbstractRule {
        private final Severity severity;
        private final Predicate<InvitationView> stated;
        private final String expected;

        private GiayMoiStates(String id, String title, Severity severity, Predicate<InvitationView> stated,
                String expected) {
            super(id, title, "NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.7");
            this.severity = severity;
            this.stated = stated;
            this.expected = expected;
        }

        static GiayMoiStates invitees() {
            return new GiayMoiStates("ND30-GM-INVITEES", "Giấy mời nêu thành phần được mời", Severity.ERROR,
                    v -> !v.meeting().invitees().isEmpty() || says(v, "kính mời", false),
                    "trân trọng kính mời: …");
        }

        static GiayMoiStates time() {
            return new GiayMoiStates("ND30-GM-TIME", "Giấy mời nêu thời gian họp", Severity.ERROR,
                    v -> !v.meeting().sessions().isEmpty() || says(v, "thời gian", false) || saysLike(v, CLOCK_TIME),
                    "Thời gian: …");
        }

        static GiayMoiStates place() {
            return new GiayMoiStates("ND30-GM-PLACE", "Giấy mời nêu địa điểm họp", Severity.ERROR,
                    v -> !v.meeting().venues().isEmpty() || says(v, "địa điểm", false)
                            || says(v, "điểm cầu", false) || saysLike(v, VENUE_WORDS) || saysLike(v, NAMED_PLACE),
                    "Địa điểm: …");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.GIAY_MOI || stated.test(view)) return List.of();
            return List.of(severity == Severity.ERROR ? error("body", text(1), expected, "", null)
                    : warning("body", text(1), expected, "", null));
        }
    }

    /**
     * ND30-WEEKDAY-FORM: a weekday is written in words with the day syllable capitalised ({@code thứ Sáu},
     * {@code Chủ nhật}); the digit form {@code thứ 7} and other casings are accepted with a warning
     * (NĐ 30/2020 PL II §V.8.c; docs/decree-reference.md, §11 item 23).
     */
    static final class WeekdayForm extends AbstractRule {
        WeekdayForm() {
            super("ND30-WEEKDAY-FORM", "Thứ viết bằng chữ, viết hoa chữ đầu âm tiết chỉ thứ (thứ Sáu)", "NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.8.c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.content()) {
                java.util.Set<Integer> dated = new java.util.HashSet<>();
                for (TextScan.DatedWeekday w : TextScan.datedWeekdays(s.text())) {
                    dated.add(w.start());
                    String words = VietnameseCalendar.weekday(w.weekday());
                    String capital = Character.toUpperCase(words.charAt(0)) + words.substring(1);
                    String written = w.written().replaceAll("\\s+", " ");
                    boolean ok = written.equals(words) || (written.equals(capital) && TextScan.startsSentence(s.text(), w.start()));
                    if (ok) continue;
                    out.add(warning(s.path(), text(1, words, w.written()),
                            words, w.written(), fix(view, s.path(), w.written(), words)));
                }
                Matcher m = SUNDAY_TITLE_CASE.matcher(s.text());
                while (m.find()) {
                    if (dated.contains(m.start())) continue;
                    String sunday = VietnameseCalendar.weekday(java.time.DayOfWeek.SUNDAY);
                    out.add(warning(s.path(), text(1, sunday, m.group()), sunday, m.group(), fix(view, s.path(), m.group(), sunday)));
                }
            }
            return out;
        }

        /**
         * {@code Chủ Nhật} with both syllables capitalised, wherever it stands (it is never an ordinal, unlike
         * {@code thứ Ba}); not a name such as {@code Chủ Nhật Đỏ} or {@code Chủ Nhật Xanh}, whose next word is capitalised.
         */
        private static final Pattern SUNDAY_TITLE_CASE = Pattern.compile("(?<!\\p{L})Chủ\\s+Nhật(?!\\p{L})(?!\\s+\\p{Lu})");

        private static Fix fix(InvitationView view, String path, String written, String words) {
            if (!path.startsWith("body")) return null;
            Outline.Entry e = view.entry(path).orElseThrow();
            String markup = Edits.markup(e.point());
            java.util.function.UnaryOperator<String> change;
            if (markup.contains("{weekday:number}") || markup.contains("{weekday:capital}")) {
                change = m -> m.replace("{weekday:number}", "{weekday}").replace("{weekday:capital}", "{weekday}");
            } else if (markup.indexOf(written) >= 0 && markup.indexOf(written) == markup.lastIndexOf(written)) {
                change = m -> m.replace(written, words);
            } else {
                return null;
            }
            return new Fix("Viết '" + words + "'", "Write '" + words + "'",
                    i -> Edits.point(i, e.fieldPath(), p -> Edits.reworded(p, change.apply(Edits.markup(p)))));
        }
    }

    /** ND30-END-MARK: the content ends with {@code ./.}, as every sample form does (PL III samples; a warning). */
    static final class EndMark extends AbstractRule {
        EndMark() {
            super("ND30-END-MARK", "Nội dung kết thúc bằng ./.", "NĐ 30/2020/NĐ-CP, Phụ lục III (các mẫu văn bản)");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Outline.Entry> all = view.entries();
            if (all.isEmpty()) return List.of();
            Outline.Entry last = all.get(all.size() - 1);
            String plain = last.text().plain().strip();
            if (plain.endsWith("./.")) return List.of();
            Fix fix = withEndMark(Edits.markup(last.point())) == null ? null : new Fix("Thêm './.' cuối nội dung",
                    "End the content with './.'", i -> Edits.point(i, last.fieldPath(), p -> Edits.reworded(p, withEndMark(Edits.markup(p)))));
            return List.of(warning(last.path(), text(1), "./.", plain.isEmpty() ? "" : plain.substring(Math.max(0, plain.length() - 3)), fix));
        }
    }

    /** {@code markup} ending in {@code ./.}, or {@code null} when its ending (a colon, a dash) makes that uncertain. */
    private static String withEndMark(String markup) {
        String m = markup.stripTrailing();
        if (m.endsWith("./.")) return m;
        if (m.endsWith(".")) return m + "/.";
        return Character.isLetterOrDigit(m.charAt(m.length() - 1)) || m.endsWith(")") ? m + "./." : null;
    }

    private static int rank(Marker m) {
        return switch (m) {
            case ROMAN -> 0;
            case NUMBER -> 1;
            case NESTED_NUMBER -> 2;
            case LETTER, DASH_LETTER -> 3;
            default -> -1;
        };
    }

    /**
     * ND30-POINT-LEVEL: the levels nest in the decree's order, mục {@code I.} over khoản {@code 1.} over
     * {@code 1.1.} over điểm {@code a)} (NĐ 30/2020 PL I §II.6.đ).
     */
    static final class PointLevel extends AbstractRule {
        PointLevel() {
            super("ND30-POINT-LEVEL", "Thứ bậc mục I., khoản 1., điểm a) đúng thứ tự", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            walk(view.outline().entries(), null, out);
            return out;
        }

        private void walk(List<Outline.Entry> entries, Marker above, List<Finding> out) {
            for (Outline.Entry e : entries) {
                Marker m = e.point().marker();
                Marker next = above;
                if (m.counts()) {
                    boolean nestedOk = m == Marker.NESTED_NUMBER
                            ? above == Marker.NUMBER || above == Marker.NESTED_NUMBER
                            : above == null || rank(m) > rank(above);
                    if (!nestedOk) {
                        out.add(error(e.path(), text(1, m.sample(), (above == null ? "(cấp cao nhất)" : above.sample()), (above == null ? "(top level)" : above.sample())),
                                null, m.sample(), null));
                    }
                    next = m;
                }
                walk(e.children(), next, out);
            }
        }
    }

    /**
     * ND30-POINT-MIX: points of one level use one numbering style; {@code 1.} beside {@code a)} restarts neither
     * and confuses the reader (NĐ 30/2020 PL I §II.6.đ; a warning).
     */
    static final class PointStyleMix extends AbstractRule {
        PointStyleMix() {
            super("ND30-POINT-MIX", "Các mục cùng cấp dùng một kiểu đánh số", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            check(view.outline().entries(), out);
            return out;
        }

        private void check(List<Outline.Entry> siblings, List<Finding> out) {
            Marker first = null;
            for (Outline.Entry e : siblings) {
                Marker m = e.point().marker();
                if (m.counts()) {
                    if (first == null) first = m;
                    else if (m != first) {
                        out.add(warning(e.path(), text(1, first.sample(), m.sample()),
                                first.sample(), m.sample(), null));
                    }
                }
                check(e.children(), out);
            }
        }
    }

    /**
     * ND30-LIST-PUNCT: a list of {@code -} or {@code +} lines that separates its items with {@code ;} does so on
     * every line but the last, which ends with {@code .} — the decree's rule for Kính gửi and Nơi nhận lines
     * applied to lists in the content (NĐ 30/2020 PL I §II.9.d by analogy; a warning, [INFER]).
     */
    static final class ListPunctuation extends AbstractRule {
        ListPunctuation() {
            super("ND30-LIST-PUNCT", "Các dòng liệt kê kết thúc bằng ';', dòng cuối bằng '.'", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d (áp dụng tương tự)");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            check(view.outline().entries(), out);
            return out;
        }

        private void check(List<Outline.Entry> siblings, List<Finding> out) {
            int i = 0;
            while (i < siblings.size()) {
                Marker m = siblings.get(i).point().marker();
                int j = i;
                while (j < siblings.size() && siblings.get(j).point().marker() == m) j++;
                if ((m == Marker.DASH || m == Marker.PLUS) && j - i >= 2) run(siblings.subList(i, j), j == siblings.size(), out);
                i = j;
            }
            siblings.forEach(e -> check(e.children(), out));
        }

        private void run(List<Outline.Entry> items, boolean endsLevel, List<Finding> out) {
            List<Outline.Entry> listed = items.stream().filter(e -> !e.text().plain().strip().endsWith(":")).toList();
            boolean semicolons = listed.subList(0, Math.max(0, listed.size() - 1)).stream()
                    .anyMatch(e -> e.text().plain().strip().endsWith(";"));
            if (!semicolons) return;
            for (int k = 0; k < listed.size(); k++) {
                Outline.Entry e = listed.get(k);
                String plain = e.text().plain().strip();
                boolean last = k == listed.size() - 1;
                if (!last && plain.endsWith(".")) {
                    out.add(finding(e, ";", plain));
                } else if (last && endsLevel && plain.endsWith(";")) {
                    out.add(finding(e, ".", plain));
                }
            }
        }

        private Finding finding(Outline.Entry e, String mark, String plain) {
            Fix fix = new Fix("Kết thúc dòng bằng '" + mark + "'", "End the line with '" + mark + "'",
                    i -> Edits.point(i, e.fieldPath(), p -> Edits.reworded(p, Edits.endingWith(Edits.markup(p), mark))));
            return warning(e.path(), text(mark.equals(";") ? 1 : 2), plain.substring(0, plain.length() - 1) + mark, plain, fix);
        }
    }

    /**
     * ND30-CONTENT-DATE-PAD: dates in the content follow the padding of the date line, day below 10 and months 1–2
     * with a leading zero ({@code 05/02/2026}) (NĐ 30/2020 PL I §II.4.b applied to the content; a warning,
     * docs/decree-reference.md [INFER]). The decree rules the date line only, so content that never pads
     * ({@code từ ngày 8 đến 9/12/2025}, a real HĐND notice) is consistent and left alone; a short form is reported
     * where the content pads elsewhere ({@code 3/2/2021} beside {@code 22/01/2021}).
     */
    static final class ContentDatePadding extends AbstractRule {
        ContentDatePadding() {
            super("ND30-CONTENT-DATE-PAD", "Ngày tháng trong nội dung viết số 0 như ở dòng ngày ban hành", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            boolean padsSomewhere = view.content().stream().flatMap(s -> TextScan.dates(s.text()).stream())
                    .anyMatch(d -> d.day().startsWith("0") || d.month().equals("01") || d.month().equals("02"));
            if (!padsSomewhere) return out;
            for (TextScan.Source s : view.content()) {
                for (TextScan.WrittenDate d : TextScan.dates(s.text())) {
                    if (d.date().isEmpty()) continue;
                    boolean dayShort = d.day().length() == 1;
                    boolean monthShort = d.month().equals("1") || d.month().equals("2");
                    if (!dayShort && !monthShort) continue;
                    String padded = d.padded();
                    out.add(warning(s.path(), text(1, padded, d.written()),
                            padded, d.written(), fix(view, s.path(), d.written(), padded)));
                }
            }
            return out;
        }

        private static Fix fix(InvitationView view, String path, String written, String padded) {
            if (!path.startsWith("body")) return null;
            Outline.Entry e = view.entry(path).orElseThrow();
            String markup = Edits.markup(e.point());
            int at = markup.indexOf(written);
            if (at < 0 || at != markup.lastIndexOf(written)) return null;
            return new Fix("Viết '" + padded + "'", "Write '" + padded + "'",
                    i -> Edits.point(i, e.fieldPath(), p -> Edits.reworded(p, Edits.markup(p).replace(written, padded))));
        }
    }

    /**
     * ND30-BASIS-CITE: a document cited the first time is given with its type, number and issuer, and the opening
     * actually cites the number recorded for it (NĐ 30/2020 PL I §II.6.b; a warning).
     */
    static final class BasisCitation extends AbstractRule {
        BasisCitation() {
            super("ND30-BASIS-CITE", "Văn bản căn cứ ghi đủ tên loại, số, cơ quan ban hành", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.opening() == null) return List.of();
            List<Finding> out = new ArrayList<>();
            String text = inv.opening().text().plain();
            List<BasisDocument> basis = inv.opening().basis();
            for (int k = 0; k < basis.size(); k++) {
                BasisDocument b = basis.get(k);
                String path = "opening.basis[" + k + "]";
                Map<String, String> missing = new java.util.LinkedHashMap<>();
                if (b.type() == null) missing.put("tên loại", "type");
                if (b.issuer() == null) missing.put("cơ quan ban hành", "issuer");
                if (!missing.isEmpty()) {
                    out.add(warning(path, text(1, b.number(), String.join(", ", missing.keySet()), String.join(", ", missing.values())),
                            null, b.number(), null));
                }
                if (!text.contains(b.number())) {
                    out.add(warning(path, text(2, b.number()), b.number(), text, null));
                }
            }
            return out;
        }
    }
}

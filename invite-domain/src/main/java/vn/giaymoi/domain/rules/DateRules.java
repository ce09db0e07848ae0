package vn.giaymoi.domain.rules;

import java.util.List;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.meeting.AdministrativeLevel;

/** Quy tắc địa danh và ngày ban hành (rules of ô 4: place and date), ND30 PL I §II.4. */
final class DateRules {
    private DateRules() {}

    static List<Rule> all() {
        return List.of(new DayPadding(), new MonthPadding(), new MonthOverPadding(), new DateWhenIssuing(),
                new PlaceIsProvince());
    }

    private static Fix rewrite(String day, String month) {
        String d = day;
        String m = month;
        return new Fix("Viết ngày " + d + " tháng " + m, "Write day " + d + ", month " + m,
                i -> i.withDateLine(new DateLine(i.dateLine().place(), d == null ? i.dateLine().day() : d,
                        m == null ? i.dateLine().month() : m, i.dateLine().year())));
    }

    /** ND30-DATE-PAD: a day below 10 in the date line takes a leading zero (NĐ 30/2020 PL I §II.4.b). */
    static final class DayPadding extends AbstractRule {
        DayPadding() {
            super("ND30-DATE-PAD", "Ngày dưới 10 phải có số 0 phía trước", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DateLine d = inv.dateLine();
            if (d.day().length() != 1) return List.of();
            String padded = "0" + d.day();
            Fix fix = new Fix("Viết ngày " + padded, "Write the day as " + padded,
                    i -> i.withDateLine(new DateLine(i.dateLine().place(), padded, i.dateLine().month(), i.dateLine().year())));
            return List.of(error("date.day", text(1, padded), padded, d.day(), fix));
        }
    }

    /** ND30-MONTH-PAD: the months 1 and 2 are written 01 and 02 (NĐ 30/2020 PL I §II.4.b). */
    static final class MonthPadding extends AbstractRule {
        MonthPadding() {
            super("ND30-MONTH-PAD", "Tháng 1, 2 phải viết 01, 02", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String m = inv.dateLine().month();
            if (!m.equals("1") && !m.equals("2")) return List.of();
            String padded = "0" + m;
            return List.of(error("date.month", text(1, padded), padded, m, rewrite(null, padded)));
        }
    }

    /**
     * ND30-MONTH-PAD-3-9: the months 3 to 9 are written without a leading zero, as in every example of the decree
     * ({@code ngày 05 tháng 3 năm 2020}); a warning, since the decree requires padding only for 1 and 2
     * (NĐ 30/2020 PL I §II.4.b; docs/decree-reference.md item 14).
     */
    static final class MonthOverPadding extends AbstractRule {
        MonthOverPadding() {
            super("ND30-MONTH-PAD-3-9", "Tháng 3 đến 9 không thêm số 0", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b (ví dụ của Nghị định)");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String m = inv.dateLine().month();
            if (!m.matches("0[3-9]")) return List.of();
            String plain = m.substring(1);
            return List.of(warning("date.month", text(1, plain), plain, m, rewrite(null, plain)));
        }
    }

    /**
     * ND30-ISSUE-DATE: a document is issued with its day and month (NĐ 30/2020 Điều 15.2); a draft may leave them
     * blank.
     */
    static final class DateWhenIssuing extends AbstractRule {
        DateWhenIssuing() {
            super("ND30-ISSUE-DATE", "Ban hành phải có ngày, tháng", "NĐ 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I, mục II.4");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing() || !inv.dateLine().isDraft()) return List.of();
            String path = inv.dateLine().day().isEmpty() ? "date.day" : "date.month";
            return List.of(error(path, text(1), DateLine.of(inv.dateLine().place(), ctx.today()).printed(),
                    inv.dateLine().printed(), null));
        }
    }

    /**
     * ND30-DATE-PLACE: a provincial body writes its province's name as the địa danh ({@code Hà Tĩnh, ngày …})
     * (NĐ 30/2020 PL I §II.4.a; a warning: practice, docs/decree-reference.md item 15).
     */
    static final class PlaceIsProvince extends AbstractRule {
        PlaceIsProvince() {
            super("ND30-DATE-PLACE", "Cơ quan cấp tỉnh ghi địa danh là tên tỉnh", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.a");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            var issuer = inv.issuer();
            if (issuer.level() != AdministrativeLevel.PROVINCE || issuer.province() == null) return List.of();
            String place = inv.dateLine().place();
            var data = ReformData.get();
            var expected = data.province(issuer.province());
            var actual = data.province(place);
            boolean same = expected.isPresent() ? actual.equals(expected)
                    : Names.key(place).endsWith(Names.key(issuer.province()));
            if (same) return List.of();
            String full = expected.map(p -> p.name().equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : p.name())
                    .orElse(issuer.province());
            return List.of(warning("place",
                    text(1, full), full, place, null));
        }
    }
}

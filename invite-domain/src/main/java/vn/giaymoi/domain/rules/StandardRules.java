package vn.giaymoi.domain.rules;

import java.util.List;
import vn.giaymoi.domain.invitation.DateLine;

/** Danh sách quy tắc (the product's rules), in the order of the ND30 checklist (nd30.md §11). */
final class StandardRules {
    private StandardRules() {}

    static List<Rule> all() {
        return List.of(new DayPaddingRule());
    }

    /**
     * ND30-DATE-PAD: a day below 10 in the date line takes a leading zero (NĐ 30/2020 PL I §II.4.b).
     */
    static final class DayPaddingRule implements Rule {
        @Override
        public String id() {
            return "ND30-DATE-PAD";
        }

        @Override
        public String title() {
            return "Ngày dưới 10 phải có số 0 phía trước";
        }

        @Override
        public List<Finding> check(vn.giaymoi.domain.invitation.Invitation inv, CheckContext ctx) {
            DateLine d = inv.dateLine();
            if (d.day().length() != 1) return List.of();
            String padded = "0" + d.day();
            Fix fix = new Fix("Viết ngày " + padded, "Write the day as " + padded,
                    i -> i.withDateLine(new DateLine(i.dateLine().place(), padded, i.dateLine().month(), i.dateLine().year())));
            return List.of(new Finding(id(), Severity.ERROR, "date.day",
                    "Ngày dưới 10 phải viết có số 0 phía trước: " + padded,
                    "A day below 10 is written with a leading zero: " + padded,
                    padded, d.day(), "NĐ 30/2020 PL I §II.4.b", fix));
        }
    }
}

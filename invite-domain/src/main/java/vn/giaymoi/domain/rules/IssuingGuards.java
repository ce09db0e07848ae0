package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.Session;

/**
 * Điều kiện ban hành (issuing guards): what must hold before a number is taken, because a number can never be
 * taken back. They apply only when checking for issuing ({@link CheckContext#issuing()}), the same in the web app,
 * the API and {@code giaymoi check --issuing}.
 */
final class IssuingGuards {
    private IssuingGuards() {}

    static final String FORM = "NĐ 30/2020/NĐ-CP, Điều 8 (thể thức văn bản); Phụ lục I";
    static final String ORDER = "NĐ 30/2020/NĐ-CP, Điều 15 khoản 1 điểm a";

    static List<Rule> all() {
        return List.of(new NoPlaceholder(), new NotBlank(), new DateInOrder(), new NotInFuture(), new MeetingNotOver());
    }

    /** A printed part and where it is. */
    private record Printed(String path, String text) {}

    /** Every part of the document that is printed, with its field path; the content as resolved. */
    private static List<Printed> printed(InvitationView view) {
        Invitation inv = view.invitation();
        List<Printed> out = new ArrayList<>();
        if (inv.issuer().parent() != null) out.add(new Printed("issuer.parent", inv.issuer().parent()));
        out.add(new Printed("issuer.name", inv.issuer().name()));
        out.add(new Printed("number", inv.number().symbol()));
        out.add(new Printed("place", inv.dateLine().place()));
        out.add(new Printed("subject", inv.subject().plain()));
        for (int i = 0; i < inv.addressees().entries().size(); i++) {
            out.add(new Printed("addressees[" + i + "]", inv.addressees().entries().get(i).plain()));
        }
        if (inv.opening() != null) out.add(new Printed("opening.text", inv.opening().text().plain()));
        for (Outline.Entry e : view.entries()) out.add(new Printed(e.path(), e.text().plain()));
        for (int i = 0; i < inv.distribution().entries().size(); i++) {
            out.add(new Printed("distribution[" + i + "]", inv.distribution().entries().get(i).plain()));
        }
        for (int i = 0; i < inv.signature().lines().size(); i++) {
            out.add(new Printed("signature.authority[" + i + "]", inv.signature().lines().get(i).toString()));
        }
        if (inv.signature().title() != null) out.add(new Printed("signature.title", inv.signature().title()));
        if (inv.signature().signer() != null) out.add(new Printed("signature.signer", inv.signature().signer()));
        return out;
    }

    /**
     * ISSUE-PLACEHOLDER: no "…" or "..." left to fill anywhere that is printed (a template's blanks, a follow-up's
     * "đã ghi: “…”; nay sửa lại: “…”").
     */
    static final class NoPlaceholder extends AbstractRule {
        private static final Pattern BLANK = Pattern.compile("…|\\.\\.\\.|_{3,}");

        NoPlaceholder() {
            super("ISSUE-PLACEHOLDER", "Không còn chỗ trống '…' trong văn bản ban hành", FORM);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            if (!ctx.issuing()) return List.of();
            List<Finding> out = new ArrayList<>();
            for (Printed p : printed(view)) {
                if (!BLANK.matcher(p.text()).find()) continue;
                out.add(error(p.path(), text(1, quote(p.text())),
                        "nội dung đầy đủ", p.text(), null));
            }
            return out;
        }
    }

    /** ISSUE-BLANK: a subject and a content to issue. */
    static final class NotBlank extends AbstractRule {
        NotBlank() {
            super("ISSUE-BLANK", "Có trích yếu và nội dung", FORM);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing()) return List.of();
            List<Finding> out = new ArrayList<>();
            if (inv.subject().plain().isBlank()) {
                out.add(error("subject", text(1), "trích yếu", "", null));
            }
            if (view.entries().stream().allMatch(e -> e.text().plain().isBlank())) {
                out.add(error("body", text(2), "nội dung", "", null));
            }
            return out;
        }
    }

    /**
     * ISSUE-DATE-ORDER: numbers follow the order of issuing within the year (Điều 15.1.a), so an issue date before
     * the latest one already in the series would put a higher number on an earlier day.
     */
    static final class DateInOrder extends AbstractRule {
        DateInOrder() {
            super("ISSUE-DATE-ORDER", "Ngày ban hành không trước ngày của số đã cấp gần nhất trong sổ", ORDER);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing() || ctx.latestInSeries() == null || inv.dateLine().date().isEmpty()) return List.of();
            LocalDate date = inv.dateLine().date().get();
            if (!date.isBefore(ctx.latestInSeries())) return List.of();
            String latest = IssueDates.shortDate(ctx.latestInSeries());
            return List.of(error("date.day", text(1, IssueDates.shortDate(date), latest, inv.number().symbol(), date, ctx.latestInSeries()),
                    "≥ " + latest, IssueDates.shortDate(date), null));
        }
    }

    /** ISSUE-DATE-FUTURE: the number and date are given when the document is issued, not ahead (Điều 15.2–3). */
    static final class NotInFuture extends AbstractRule {
        NotInFuture() {
            super("ISSUE-DATE-FUTURE", "Ngày ban hành không sau hôm nay", "NĐ 30/2020/NĐ-CP, Điều 15 khoản 2–3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing() || inv.dateLine().date().isEmpty()) return List.of();
            LocalDate date = inv.dateLine().date().get();
            if (!date.isAfter(ctx.today())) return List.of();
            return List.of(error("date.day", text(1, IssueDates.shortDate(date), IssueDates.shortDate(ctx.today()), date, ctx.today()),
                    "≤ " + IssueDates.shortDate(ctx.today()), IssueDates.shortDate(date), null));
        }
    }

    /** ISSUE-MEETING-OVER: a meeting whose every session is before today cannot be attended any more. */
    static final class MeetingNotOver extends AbstractRule {
        MeetingNotOver() {
            super("ISSUE-MEETING-OVER", "Cuộc họp chưa diễn ra", MeetingRules.LOGIC);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            if (!ctx.issuing()) return List.of();
            List<Session> sessions = view.meeting().sessions();
            if (sessions.isEmpty() || sessions.stream().anyMatch(s -> !s.date().isBefore(ctx.today()))) return List.of();
            LocalDate last = sessions.stream().map(Session::date).max(LocalDate::compareTo).orElseThrow();
            return List.of(error("body", text(1, IssueDates.shortDate(last), IssueDates.shortDate(ctx.today()), last, ctx.today()),
                    "≥ " + IssueDates.shortDate(ctx.today()), IssueDates.shortDate(last), null));
        }
    }

    private static String quote(String text) {
        String t = text.strip();
        return "'" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "'";
    }
}

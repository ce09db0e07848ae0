package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.delegation.Assignment;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.VietnameseCalendar;

/**
 * Quy tắc lô-gic cuộc họp (meeting logic): what the dates of an invitation must satisfy for the meeting to be
 * possible. The decree does not state these; they follow from the text (docs/decree-reference.md "Must check").
 */
final class MeetingRules {
    private MeetingRules() {}

    static final String LOGIC = "Lô-gic ngày tháng của văn bản (suy ra từ nội dung; Nghị định không quy định riêng)";

    static List<Rule> all() {
        return List.of(new WeekdayMatchesDate(), new WrittenDateExists(), new MeetingNotBeforeIssue(), new LeadTime(),
                new DeadlineBeforeMeeting(), new DeadlineAfterIssue(), new BasisBeforeIssue());
    }

    /** The sessions with the path of the point that carries each. */
    static List<Meeting.Located<Session>> sessions(Invitation inv) {
        List<Meeting.Located<Session>> out = new ArrayList<>();
        for (Outline.Entry e : inv.outline().flatten()) {
            e.point().fact(Session.class).ifPresent(s -> out.add(new Meeting.Located<>(s, e.path())));
        }
        return out;
    }

    static Optional<LocalDateTime> firstStart(Invitation inv) {
        return inv.meeting().sessions().stream().map(Session::startsAt).min(LocalDateTime::compareTo);
    }

    /**
     * MEET-WEEKDAY: a weekday written next to a date ({@code thứ Sáu, ngày 17/5/2024}, {@code 06/11/2021 (thứ 7)},
     * {@code thứ Hai, ngày 05 tháng 02 năm 2026}) is that date's weekday (docs/decree-reference.md, §11 item 22). No fix: either
     * the date or the weekday may be the mistake.
     */
    static final class WeekdayMatchesDate extends AbstractRule {
        WeekdayMatchesDate() {
            super("MEET-WEEKDAY", "Thứ ghi trong văn bản khớp với ngày", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : TextScan.content(inv)) {
                for (TextScan.DatedWeekday w : TextScan.datedWeekdays(s.text())) {
                    Optional<LocalDate> date = w.date().date();
                    if (date.isEmpty() || date.get().getDayOfWeek() == w.weekday()) continue;
                    String right = VietnameseCalendar.weekday(date.get().getDayOfWeek());
                    out.add(error(s.path(), text(1, w.date().written(), right, w.written(), date.get().getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT)),
                            right, w.written(), null));
                }
            }
            return out;
        }
    }

    /** MEET-DATE-EXISTS: every date written in the text is a real calendar date (docs/decree-reference.md "check the date exists"). */
    static final class WrittenDateExists extends AbstractRule {
        WrittenDateExists() {
            super("MEET-DATE-EXISTS", "Ngày ghi trong văn bản có thật trong lịch", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : TextScan.content(inv)) {
                for (TextScan.WrittenDate d : TextScan.dates(s.text())) {
                    if (d.date().isPresent()) continue;
                    out.add(error(s.path(), text(1, d.written()), null, d.written(), null));
                }
            }
            return out;
        }
    }

    /**
     * MEET-BEFORE-ISSUE: the meeting is not before the issue date (for a draft, the day it will be issued:
     * {@link IssueDates}); the same day is allowed for urgent meetings (docs/decree-reference.md, §11 item 24). An error: nobody
     * can attend a meeting that is over when the invitation arrives.
     */
    static final class MeetingNotBeforeIssue extends AbstractRule {
        MeetingNotBeforeIssue() {
            super("MEET-BEFORE-ISSUE", "Ngày họp không trước ngày ban hành", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            LocalDate issued = IssueDates.reference(inv, ctx);
            List<Finding> out = new ArrayList<>();
            for (Meeting.Located<Session> s : sessions(inv)) {
                if (!s.value().date().isBefore(issued)) continue;
                out.add(error(s.path(), text(1, IssueDates.shortDate(s.value().date()), IssueDates.describe(inv, issued), s.value().date(), IssueDates.describeEn(inv, issued)),
                        "≥ " + IssueDates.shortDate(issued), IssueDates.shortDate(s.value().date()), null));
            }
            return out;
        }
    }

    /**
     * MEET-LEAD-TIME: invitees get at least two working days between the issue date and the meeting (a warning;
     * public holidays are not counted out) (docs/decree-reference.md [INFER]). An invitation marked KHẨN, THƯỢNG KHẨN or HỎA TỐC
     * is urgent by the signer's decision and may call a meeting for the same day (ND30 Điều 4; docs/decree-reference.md).
     */
    static final class LeadTime extends AbstractRule {
        static final int MIN_WORKING_DAYS = 2;

        LeadTime() {
            super("MEET-LEAD-TIME", "Gửi giấy mời trước ít nhất 2 ngày làm việc", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            // a Công điện is the form for what cannot wait (VPCP's 1554/CĐ-VPCP of Thursday 26/10/2023 called a
            // Sunday conference), like an urgency mark
            if (inv.urgency() != null || inv.kind() == InvitationKind.CONG_DIEN) return List.of();
            LocalDate issued = IssueDates.reference(inv, ctx);
            List<Meeting.Located<Session>> sessions = sessions(inv);
            if (sessions.isEmpty()) return List.of();
            Meeting.Located<Session> first = sessions.stream().min((a, b) -> a.value().date().compareTo(b.value().date())).get();
            LocalDate day = first.value().date();
            if (day.isBefore(issued)) return List.of();
            int days = IssueDates.workingDaysBetween(issued, day);
            if (days >= MIN_WORKING_DAYS) return List.of();
            return List.of(warning(first.path(), text(1, days, IssueDates.describe(inv, issued), IssueDates.shortDate(day), MIN_WORKING_DAYS, IssueDates.describeEn(inv, issued), day),
                    "≥ " + MIN_WORKING_DAYS, Integer.toString(days), null));
        }
    }

    /** MEET-DEADLINE-BEFORE-MEETING: every task deadline falls before the meeting starts (docs/decree-reference.md [INFER]). */
    static final class DeadlineBeforeMeeting extends AbstractRule {
        DeadlineBeforeMeeting() {
            super("MEET-DEADLINE-BEFORE-MEETING", "Hạn hoàn thành nhiệm vụ trước giờ họp", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            Optional<LocalDateTime> start = firstStart(inv);
            if (start.isEmpty()) return List.of();
            List<Finding> out = new ArrayList<>();
            for (Meeting.Located<Assignment> t : inv.meeting().assignments()) {
                for (Assignment.Deadline d : t.value().deadlines()) {
                    if (d.latest().isBefore(start.get())) continue;
                    out.add(error(t.path(), text(1, describe(d), t.value().lead(), VietnameseCalendar.time(start.get().toLocalTime()), IssueDates.shortDate(start.get().toLocalDate()), d.latest(), start.get()),
                            "< " + start.get(), d.latest().toString(), null));
                }
            }
            return out;
        }
    }

    static String describe(Assignment.Deadline d) {
        return (d.time() == null ? "" : VietnameseCalendar.time(d.time()) + " ") + "ngày " + IssueDates.shortDate(d.date());
    }

    /** MEET-DEADLINE-AFTER-ISSUE: no task deadline falls before the invitation is issued (docs/decree-reference.md [INFER]). */
    static final class DeadlineAfterIssue extends AbstractRule {
        DeadlineAfterIssue() {
            super("MEET-DEADLINE-AFTER-ISSUE", "Hạn hoàn thành nhiệm vụ không trước ngày ban hành", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            LocalDate issued = IssueDates.reference(inv, ctx);
            List<Finding> out = new ArrayList<>();
            for (Meeting.Located<Assignment> t : inv.meeting().assignments()) {
                for (Assignment.Deadline d : t.value().deadlines()) {
                    if (!d.date().isBefore(issued)) continue;
                    out.add(error(t.path(), text(1, describe(d), t.value().lead(), IssueDates.describe(inv, issued), d.date(), IssueDates.describeEn(inv, issued)),
                            "≥ " + IssueDates.shortDate(issued), IssueDates.shortDate(d.date()), null));
                }
            }
            return out;
        }
    }

    /** MEET-BASIS-DATE: a document cited as the basis is dated no later than the invitation (docs/decree-reference.md [INFER]). */
    static final class BasisBeforeIssue extends AbstractRule {
        BasisBeforeIssue() {
            super("MEET-BASIS-DATE", "Văn bản căn cứ không ghi ngày sau ngày ban hành", LOGIC);
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            if (inv.opening() == null) return List.of();
            LocalDate issued = IssueDates.latest(inv, ctx);
            List<Finding> out = new ArrayList<>();
            List<BasisDocument> basis = inv.opening().basis();
            for (int k = 0; k < basis.size(); k++) {
                BasisDocument b = basis.get(k);
                if (!b.date().isAfter(issued)) continue;
                out.add(error("opening.basis[" + k + "]", text(1, b.number(), IssueDates.shortDate(b.date()), IssueDates.describe(inv, issued), b.date(), IssueDates.describeEn(inv, issued)),
                        "≤ " + IssueDates.shortDate(issued), IssueDates.shortDate(b.date()), null));
            }
            return out;
        }
    }
}

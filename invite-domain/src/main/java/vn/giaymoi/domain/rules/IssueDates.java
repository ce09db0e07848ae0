package vn.giaymoi.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Ngày ban hành dùng để kiểm tra (the issue date the date rules reason from). An issued document has its date. A
 * draft (ND30 Điều 15: the date is written after signing) is taken to be issued today, as long as today falls in
 * the period its date line already names ({@code tháng 5 năm 2024}); otherwise on the first day of that period,
 * so that re-checking an old draft later never reports a meeting as already past.
 */
final class IssueDates {
    private IssueDates() {}

    static LocalDate reference(Invitation inv, CheckContext ctx) {
        DateLine d = inv.dateLine();
        if (d.date().isPresent()) return d.date().get();
        LocalDate start = d.month().isEmpty() ? LocalDate.of(d.year(), 1, 1)
                : LocalDate.of(d.year(), Integer.parseInt(d.month()), 1);
        LocalDate end = d.month().isEmpty() ? LocalDate.of(d.year(), 12, 31) : start.plusMonths(1).minusDays(1);
        LocalDate today = ctx.today();
        return today.isBefore(start) || today.isAfter(end) ? start : today;
    }

    /** How the reference date is named in a message: the issue date, or today for a draft. */
    static String describe(Invitation inv, LocalDate reference) {
        return inv.dateLine().isDraft() ? "ngày dự kiến ban hành " + shortDate(reference) : "ngày ban hành " + shortDate(reference);
    }

    static String describeEn(Invitation inv, LocalDate reference) {
        return inv.dateLine().isDraft() ? "the expected issue date " + reference : "the issue date " + reference;
    }

    /** Working days (Monday to Friday) strictly between {@code from} and {@code to}. Public holidays are not known. */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) n++;
        }
        return n;
    }

    static String shortDate(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}

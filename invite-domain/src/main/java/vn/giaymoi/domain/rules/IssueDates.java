package vn.giaymoi.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Ngày ban hành dùng để kiểm tra (the issue date the date rules reason from). An issued document has its date. A
 * draft (ND30 Điều 15: the date is written after signing) is taken to be issued today, as long as today falls in
 * the period its date line already names ({@code tháng 5 năm 2024}). Outside that period each rule takes the end
 * of the period that cannot produce a false finding: the earliest day for "not before the issue date" checks, the
 * latest for "not after", so re-checking an old draft later never reports a meeting as past or a cited document
 * as not yet written.
 */
final class IssueDates {
    private IssueDates() {}

    /** The issue date, or for a draft the earliest day it can be issued on. */
    static LocalDate reference(Invitation inv, CheckContext ctx) {
        DateLine d = inv.dateLine();
        if (d.date().isPresent()) return d.date().get();
        LocalDate start = start(d);
        LocalDate today = ctx.today();
        return today.isBefore(start) || today.isAfter(end(d)) ? start : today;
    }

    /** The issue date, or for a draft the latest day it can be issued on without being issued in the future. */
    static LocalDate latest(Invitation inv, CheckContext ctx) {
        DateLine d = inv.dateLine();
        if (d.date().isPresent()) return d.date().get();
        return ctx.today().isAfter(end(d)) ? end(d) : ctx.today();
    }

    private static LocalDate start(DateLine d) {
        return d.month().isEmpty() ? LocalDate.of(d.year(), 1, 1) : LocalDate.of(d.year(), Integer.parseInt(d.month()), 1);
    }

    private static LocalDate end(DateLine d) {
        return d.month().isEmpty() ? LocalDate.of(d.year(), 12, 31) : start(d).plusMonths(1).minusDays(1);
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

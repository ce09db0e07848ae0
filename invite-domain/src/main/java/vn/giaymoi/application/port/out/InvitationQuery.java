package vn.giaymoi.application.port.out;

import java.time.LocalDate;

/**
 * Điều kiện tìm (search criteria) for the list of invitations; each part is optional ({@code null} or
 * {@link DateRange#ANY}) and the parts combine with AND.
 *
 * @param text words to find, accent- and case-insensitive, in the number (số, ký hiệu), subject (trích yếu), signer,
 *     invitees, units and the whole text; each blank-separated word starts a word of the invitation, and a word
 *     written with punctuation ({@code 01/GM-SNV}) must appear as written, in that order
 * @param status the state of the latest version
 * @param issued bounds of the issue date (ngày ban hành, ô 4)
 * @param meeting bounds of the meeting date (the first session's day)
 * @param organisation the organisation whose invitations are listed: today the issuer as the number register keys it
 *     ({@code RegisterSeries.issuerKey}); {@code null} for every organisation
 */
public record InvitationQuery(String text, Status status, DateRange issued, DateRange meeting, String organisation) {
    public InvitationQuery {
        issued = issued == null ? DateRange.ANY : issued;
        meeting = meeting == null ? DateRange.ANY : meeting;
    }

    public static InvitationQuery all() {
        return new InvitationQuery(null, null, null, null, null);
    }

    /** Every invitation whose text has the words of {@code text}. */
    public static InvitationQuery text(String text) {
        return new InvitationQuery(text, null, null, null, null);
    }

    public InvitationQuery withStatus(Status newStatus) {
        return new InvitationQuery(text, newStatus, issued, meeting, organisation);
    }

    public InvitationQuery withIssued(LocalDate from, LocalDate to) {
        return new InvitationQuery(text, status, new DateRange(from, to), meeting, organisation);
    }

    public InvitationQuery withMeeting(LocalDate from, LocalDate to) {
        return new InvitationQuery(text, status, issued, new DateRange(from, to), organisation);
    }

    public InvitationQuery withOrganisation(String newOrganisation) {
        return new InvitationQuery(text, status, issued, meeting, newOrganisation);
    }

    /**
     * Khoảng ngày (date range), both ends included; an open end is {@code null}. A bounded range never matches an
     * invitation without that date (a draft has no issue date, a công văn may have no meeting).
     */
    public record DateRange(LocalDate from, LocalDate to) {
        public static final DateRange ANY = new DateRange(null, null);

        public DateRange {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("date range ends before it starts: " + from + " > " + to);
            }
        }

        public boolean bounded() {
            return from != null || to != null;
        }

        /** Whether {@code date} lies within the range; {@code null} only within an unbounded one. */
        public boolean contains(LocalDate date) {
            if (!bounded()) return true;
            return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }
}

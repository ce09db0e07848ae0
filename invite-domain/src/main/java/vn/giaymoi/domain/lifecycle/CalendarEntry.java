package vn.giaymoi.domain.lifecycle;

import java.util.Objects;

/**
 * Mục lịch (how an invitation stands in invitees' calendars): one event per session whose UID stays the same from
 * the first draft through every postponement or change (a higher SEQUENCE each time, RFC 5545 §3.8.7.4), tentative
 * until issued, cancelled by a cancellation or a revocation.
 *
 * @param uidSeed what every UID of the meeting is made from: the id of the first invitation of the chain
 * @param sequence 0 for the first invitation, one more for each follow-up after it
 * @param standing tentative, confirmed or cancelled
 */
public record CalendarEntry(String uidSeed, int sequence, Standing standing) {
    public CalendarEntry {
        Objects.requireNonNull(uidSeed, "uidSeed");
        if (sequence < 0) throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        Objects.requireNonNull(standing, "standing");
    }

    /** STATUS of the events. */
    public enum Standing {
        /** Not issued yet: may still change (STATUS:TENTATIVE). */
        TENTATIVE,
        /** Issued (STATUS:CONFIRMED). */
        CONFIRMED,
        /** Cancelled or revoked (STATUS:CANCELLED, METHOD:CANCEL). */
        CANCELLED
    }
}

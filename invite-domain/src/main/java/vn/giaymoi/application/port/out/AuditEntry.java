package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * Nhật ký (one line of the append-only audit log): who did what to which invitation, and when.
 *
 * @param actor the username
 * @param action what was done
 * @param detail e.g. the version saved, the number issued, the reason, the format downloaded; may be empty
 */
public record AuditEntry(OrganisationId organisation, InvitationId invitation, String actor, AuditAction action,
        String detail, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(invitation, "invitation");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }
}

package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Giấy mời đã lưu (a stored version of an invitation).
 *
 * @param id the invitation
 * @param version 1 for the first save, then one more for every save
 * @param status draft or issued
 * @param invitation the content of this version
 * @param savedAt when this version was saved
 */
public record StoredInvitation(InvitationId id, int version, Status status, Invitation invitation, Instant savedAt) {
    public StoredInvitation {
        Objects.requireNonNull(id, "id");
        if (version < 1) throw new IllegalArgumentException("version must be positive: " + version);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitation, "invitation");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}

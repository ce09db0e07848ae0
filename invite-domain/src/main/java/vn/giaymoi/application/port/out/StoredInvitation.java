package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.Lifecycle;

/**
 * Giấy mời đã lưu (a stored version of an invitation).
 *
 * @param id the invitation
 * @param version 1 for the first save, then one more for every save or step of the lifecycle
 * @param status where it is in its lifecycle
 * @param invitation the content of this version
 * @param savedAt when this version was saved
 * @param reason why it was returned or revoked; {@code null} otherwise
 * @param follows the issued invitation this one follows up, or {@code null}
 * @param supersededBy the issued follow-up that supersedes this one, or {@code null}
 */
public record StoredInvitation(InvitationId id, int version, Status status, Invitation invitation, Instant savedAt,
        String reason, Link follows, Link supersededBy) {
    public StoredInvitation {
        Objects.requireNonNull(id, "id");
        if (version < 1) throw new IllegalArgumentException("version must be positive: " + version);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitation, "invitation");
        Objects.requireNonNull(savedAt, "savedAt");
        if ((status == Status.RETURNED || status == Status.REVOKED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(status + " needs its reason");
        }
    }

    /** A version without lifecycle links. */
    public StoredInvitation(InvitationId id, int version, Status status, Invitation invitation, Instant savedAt) {
        this(id, version, status, invitation, savedAt, null, null, null);
    }

    /** The lifecycle state of this version. */
    public Lifecycle state() {
        return status.state(reason);
    }
}

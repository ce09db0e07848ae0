package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.meeting.Session;

/**
 * Dòng danh sách giấy mời (a row of the invitation list): the few fields the list shows of the latest version,
 * never the whole document, so that a page stays small however large the invitations are.
 *
 * @param id the invitation
 * @param version its latest version
 * @param status where it is in its lifecycle
 * @param kind giấy mời, công văn, thông báo or công điện
 * @param number the số and ký hiệu as written ({@code /GM-UBND} while it is a draft)
 * @param issueDate the date of ô 4 when it is complete, else {@code null}
 * @param subject the trích yếu as a reader sees it
 * @param issuer the issuing body as the number register knows it
 * @param meetingDate the day of the first session, or {@code null}
 * @param savedAt when the latest version was saved
 */
public record InvitationSummary(InvitationId id, int version, Status status, InvitationKind kind, String number,
        LocalDate issueDate, String subject, String issuer, LocalDate meetingDate, Instant savedAt) {
    public InvitationSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The summary of a stored version, as every store gives it. */
    public static InvitationSummary of(StoredInvitation s) {
        Invitation inv = s.invitation();
        return new InvitationSummary(s.id(), s.version(), s.status(), inv.kind(), inv.number().toString(),
                inv.dateLine().date().orElse(null), inv.subject().plain(), RegisterSeries.issuerKey(inv.issuer()),
                inv.meeting().sessions().stream().findFirst().map(Session::date).orElse(null), s.savedAt());
    }
}

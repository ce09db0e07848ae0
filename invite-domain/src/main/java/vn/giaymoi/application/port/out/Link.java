package vn.giaymoi.application.port.out;

import java.util.Objects;
import vn.giaymoi.domain.lifecycle.FollowUpKind;

/**
 * Liên kết văn bản (a link between an issued invitation and a follow-up of it).
 *
 * @param id the other invitation
 * @param number its số, ký hiệu as printed ({@code 05/GM-UBND}), empty while a draft
 * @param kind what the follow-up does
 */
public record Link(InvitationId id, String number, FollowUpKind kind) {
    public Link {
        Objects.requireNonNull(id, "id");
        number = number == null ? "" : number;
        Objects.requireNonNull(kind, "kind");
    }
}

package vn.giaymoi.application.service;

import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.Status;

/**
 * Dòng sổ đăng ký văn bản đi (one line of the outgoing register, NĐ 30/2020/NĐ-CP, Điều 16 and Phụ lục IV): a
 * number taken, never removed, whatever happened to the document after.
 *
 * @param id the invitation
 * @param number số, ký hiệu ({@code 05/GM-UBND})
 * @param date the issue date
 * @param kind tên loại (Giấy mời, Công văn)
 * @param subject trích yếu
 * @param signer người ký (name, or the title when the name is not written)
 * @param status issued or revoked
 * @param reason why it was revoked, or {@code null}
 * @param supersededBy the issued follow-up that supersedes it, or {@code null}
 */
public record RegisterEntry(InvitationId id, String number, LocalDate date, String kind, String subject,
        String signer, Status status, String reason, Link supersededBy) {
    public RegisterEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }

    /** The status as the register writes it: {@code đã ban hành}, {@code đã thu hồi: …}, {@code bị thay thế bởi …}. */
    public String statusVi() {
        if (status == Status.REVOKED) return "đã thu hồi" + (reason == null ? "" : ": " + reason);
        if (supersededBy != null) return supersededBy.kind().vietnamese() + " bởi " + supersededBy.number();
        return "đã ban hành";
    }
}

package vn.giaymoi.application.service;

import java.util.Optional;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.Role;

/**
 * Quyền (who may do what in an organisation): a drafter edits and submits; an approver approves or returns; a clerk
 * issues, revokes and sends; an admin manages users and the profile; every member reads. A refusal is a
 * {@link Outcome.Forbidden} value with a Vietnamese message naming the role needed.
 */
public final class Access {
    private Access() {}

    /** A step of the work and the role it needs. */
    public enum Permission {
        READ(null, "xem"),
        EDIT(Role.DRAFTER, "soạn, sửa, nhân bản hoặc xóa dự thảo"),
        SUBMIT(Role.DRAFTER, "trình duyệt"),
        APPROVE(Role.APPROVER, "duyệt"),
        RETURN(Role.APPROVER, "trả lại dự thảo"),
        ISSUE(Role.CLERK, "ban hành (cấp số)"),
        REVOKE(Role.CLERK, "thu hồi"),
        SEND(Role.CLERK, "gửi"),
        MANAGE(Role.ADMIN, "quản lý người dùng và hồ sơ cơ quan");

        private final Role role;
        private final String vietnamese;

        Permission(Role role, String vietnamese) {
            this.role = role;
            this.vietnamese = vietnamese;
        }

        /** The role needed, or {@code null} when every member may. */
        public Role role() {
            return role;
        }
    }

    /** Empty when {@code account} may take {@code permission} in its organisation, else the refusal. */
    public static Optional<Outcome.Forbidden<Void>> check(Account account, Permission permission) {
        if (permission.role == null || account.has(permission.role)) return Optional.empty();
        return Optional.of(new Outcome.Forbidden<>("Tài khoản " + account.username() + " không có quyền "
                + permission.vietnamese + ": việc này cần vai trò " + permission.role.vietnamese() + " ("
                + permission.role.wire() + "); hãy nhờ quản trị cơ quan cấp quyền hoặc chuyển cho người có vai trò đó.",
                "User " + account.username() + " may not " + permission.name().toLowerCase(java.util.Locale.ROOT)
                        + ": the role " + permission.role.wire() + " is needed."));
    }

    /**
     * Empty when {@code approver} may approve a draft last submitted by {@code submitter} (a username, empty when
     * unknown): refused when the organisation does not allow one person to approve their own draft.
     */
    public static Optional<Outcome.Forbidden<Void>> mayApprove(Organisation organisation, Account approver,
            Optional<String> submitter) {
        if (organisation.selfApprovalAllowed() || submitter.isEmpty()
                || !submitter.get().equals(approver.username())) {
            return Optional.empty();
        }
        return Optional.of(new Outcome.Forbidden<>("Cơ quan " + organisation.name() + " không cho phép tự duyệt: "
                + approver.username() + " đã trình dự thảo này nên không duyệt nó được; hãy chuyển cho một lãnh đạo"
                + " khác duyệt.", "This organisation does not allow approving a draft one submitted oneself."));
    }
}

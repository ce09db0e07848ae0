package vn.giaymoi.application.port.out;

import vn.giaymoi.domain.lifecycle.Lifecycle;

/** Trạng thái (status) of a stored invitation: the name a store keeps for each {@link Lifecycle} state. */
public enum Status {
    /** Dự thảo: may be edited; every save is a new version. */
    DRAFT,
    /** Đã trình: waits for approval. */
    SUBMITTED,
    /** Đã duyệt: may be issued. */
    APPROVED,
    /** Bị trả lại: back with the drafter, with a reason. */
    RETURNED,
    /** Đã ban hành: numbered, dated and frozen; may be copied or followed up, not edited. */
    ISSUED,
    /** Đã thu hồi: its number stays used in the register and is never given again. */
    REVOKED;

    /** The status of {@code state}. */
    public static Status of(Lifecycle state) {
        if (state instanceof Lifecycle.Draft) return DRAFT;
        if (state instanceof Lifecycle.Submitted) return SUBMITTED;
        if (state instanceof Lifecycle.Approved) return APPROVED;
        if (state instanceof Lifecycle.Returned) return RETURNED;
        if (state instanceof Lifecycle.Issued) return ISSUED;
        return REVOKED;
    }

    /** The state this status names; {@code reason} is the return or revocation reason, else ignored. */
    public Lifecycle state(String reason) {
        return switch (this) {
            case DRAFT -> new Lifecycle.Draft();
            case SUBMITTED -> new Lifecycle.Submitted();
            case APPROVED -> new Lifecycle.Approved();
            case RETURNED -> new Lifecycle.Returned(reason);
            case ISSUED -> new Lifecycle.Issued();
            case REVOKED -> new Lifecycle.Revoked(reason);
        };
    }

    /** The reason a state carries, or {@code null}. */
    public static String reasonOf(Lifecycle state) {
        if (state instanceof Lifecycle.Returned r) return r.reason();
        if (state instanceof Lifecycle.Revoked r) return r.reason();
        return null;
    }
}

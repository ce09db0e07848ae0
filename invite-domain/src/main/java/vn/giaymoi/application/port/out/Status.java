package vn.giaymoi.application.port.out;

/** Trạng thái (status) of a stored invitation. */
public enum Status {
    /** Dự thảo: may be edited; every save is a new version. */
    DRAFT,
    /** Đã ban hành: numbered, dated and frozen; may be copied, not edited. */
    ISSUED
}

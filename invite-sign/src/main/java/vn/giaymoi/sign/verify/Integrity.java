package vn.giaymoi.sign.verify;

/** Tính toàn vẹn (integrity) of the bytes a signature covers. */
public enum Integrity {
    /** Không thay đổi: the signed bytes are those that were signed and the signature value checks out. */
    INTACT,
    /** Đã bị thay đổi: the signed bytes differ from those that were signed (digest mismatch). */
    MODIFIED,
    /** Chữ ký hỏng: the signature cannot be read or its value does not match the certificate. */
    BROKEN
}

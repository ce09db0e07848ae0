package vn.giaymoi.sign.verify;

/** Phạm vi ký (how much of the file a signature covers). */
public enum Coverage {
    /** The signature covers the whole file: nothing was added after it. */
    WHOLE_DOCUMENT,
    /** Bytes were added after it, and a later signature covers them and the rest of the file. */
    SIGNED_AGAIN_LATER,
    /** Bytes were added after the last signature: the document changed after signing. */
    CHANGED_AFTER_SIGNING
}

package vn.giaymoi.application.port.out;

/** Loại thẻ đăng nhập (what a stored credential is): a browser session or a personal API token. */
public enum CredentialKind {
    SESSION,
    TOKEN
}

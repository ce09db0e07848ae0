package vn.giaymoi.application.port.out;

/**
 * Băm mật khẩu (password hashing) by a well-kept library (bcrypt through Bouncy Castle in the web module); never
 * hand-written.
 */
public interface PasswordHasher {
    /** A new salted hash of {@code password}. */
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a malformed hash. */
    boolean matches(String hash, String password);
}

package vn.giaymoi.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import vn.giaymoi.application.port.out.PasswordHasher;

/**
 * Băm mật khẩu bằng bcrypt (password hashing with bcrypt, Bouncy Castle's {@link OpenBSDBCrypt}): a 16-byte random
 * salt per password, the cost in the hash string ({@code $2y$12$…}), checked in constant time by the library.
 */
public final class BcryptPasswords implements PasswordHasher {
    /** 2^12 rounds: about a quarter of a second per check here, slow for a guesser, fine for a login. */
    public static final int DEFAULT_COST = 12;

    private final SecureRandom random = new SecureRandom();
    private final int cost;

    public BcryptPasswords() {
        this(DEFAULT_COST);
    }

    /** @param cost log2 of the rounds, 4…31 (tests use a lower one) */
    public BcryptPasswords(int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.getBytes(StandardCharsets.UTF_8), salt, cost);
    }

    @Override
    public boolean matches(String hash, String password) {
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) { // not a bcrypt string, or a password over 72 bytes
            return false;
        }
    }
}

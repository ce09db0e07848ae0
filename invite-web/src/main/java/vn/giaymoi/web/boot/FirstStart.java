package vn.giaymoi.web.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.web.auth.Tokens;

/**
 * Lần chạy đầu (first start): on a database without accounts, names the first organisation after the samples'
 * issuer and creates {@code admin} with every role (installation admin too), its password from
 * {@code GIAYMOI_ADMIN_PASSWORD} or, without it, a random one printed once through the log. There is no default
 * password.
 */
final class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String PASSWORD_VARIABLE = "GIAYMOI_ADMIN_PASSWORD";

    private FirstStart() {}

    /**
     * Creates the first admin when no account exists; returns the account made, if one was.
     *
     * @param password the administrator's chosen password, or {@code null} to generate one
     * @throws IllegalArgumentException when the chosen password is too weak (the message says why)
     */
    static Optional<Account> run(AccountService accounts, InvitationFormat format, String password) {
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? Tokens.newToken().substring(0, 20) : password;
        String name = SampleLoader.firstIssuer(format).orElse("Cơ quan");
        Optional<Account> admin;
        try {
            admin = accounts.firstAdmin(name, chosen);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PASSWORD_VARIABLE + " không dùng được: " + e.getMessage());
        }
        if (admin.isEmpty()) return admin;
        if (generated) {
            LOG.warn("Đã tạo tài khoản quản trị đầu tiên của \"{}\": tên đăng nhập admin, mật khẩu {} (chỉ in một lần"
                    + " này; hãy đăng nhập và đổi mật khẩu, hoặc đặt {} trước lần chạy đầu).", name, chosen,
                    PASSWORD_VARIABLE);
        } else {
            LOG.info("Đã tạo tài khoản quản trị đầu tiên của \"{}\": tên đăng nhập admin, mật khẩu trong {}.", name,
                    PASSWORD_VARIABLE);
        }
        return admin;
    }

    /** The samples' issuer's profile (hồ sơ cơ quan), so that new drafts of the first office start from it. */
    static final String SAMPLE_PROFILE = "samples/profile/ubnd-tinh-ha-tinh.yaml";

    /** Gives the first admin's organisation the samples' profile when it has none. */
    static void sampleProfile(AccountStore accounts, Account admin) {
        if (accounts.profile(admin.organisation()).isPresent()) return;
        try (InputStream in = FirstStart.class.getClassLoader().getResourceAsStream(SAMPLE_PROFILE)) {
            if (in == null) return; // a build without the samples: the admin writes the profile
            accounts.saveProfile(admin.organisation(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

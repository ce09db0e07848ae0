package vn.giaymoi.application.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountRefusal;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.PasswordHasher;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.port.out.UserId;

/**
 * Tài khoản (the account use cases): log in with lock-out after repeated wrong passwords, change a password, create
 * users and organisations. Passwords are hashed by the {@link PasswordHasher} port (a well-kept library); time comes
 * from the injected clock.
 */
public final class AccountService {
    /** Wrong passwords in a row before the account is locked. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    /** How long a lock lasts; another wrong password after it locks again at once. */
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Shortest password: long phrases beat complexity rules. */
    public static final int MIN_PASSWORD = 10;

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]");

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** A real hash to check against when the username is unknown, so that the answer takes as long. */
    private volatile String decoy;

    public AccountService(AccountStore store, PasswordHasher hasher, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Kết quả đăng nhập (the result of a login). */
    public sealed interface Login {
        record Ok(Account account) implements Login {}

        /** Unknown user or wrong password: the same answer for both. */
        record Wrong() implements Login {}

        /** Too many wrong passwords: no login before {@code until}, whatever the password. */
        record Locked(Instant until) implements Login {}
    }

    /** Đăng nhập. */
    public Login login(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty() : store.user(username.strip());
        if (found.isEmpty() || password == null) {
            hasher.matches(decoy(), password == null ? "" : password);
            return new Login.Wrong();
        }
        Account account = found.get();
        if (account.lockedAt(now)) return new Login.Locked(account.lockedUntil());
        if (!hasher.matches(account.passwordHash(), password)) {
            int failed = store.failedLogin(account.id());
            if (failed >= MAX_FAILED_ATTEMPTS) {
                Instant until = now.plus(LOCK);
                store.lock(account.id(), until);
                return new Login.Locked(until);
            }
            return new Login.Wrong();
        }
        store.loginSucceeded(account.id());
        return new Login.Ok(store.user(account.id()).orElse(account));
    }

    private String decoy() {
        String d = decoy;
        if (d == null) decoy = d = hasher.hash("không phải mật khẩu của ai " + clock.instant());
        return d;
    }

    /** Đổi mật khẩu: needs the current one; ends every session and token of the user. */
    public Outcome<Account> changePassword(Account account, String current, String next) {
        Account fresh = store.user(account.id()).orElse(null);
        if (fresh == null || current == null || !hasher.matches(fresh.passwordHash(), current)) {
            return rejected("Mật khẩu hiện tại không đúng; hãy nhập lại.", "The current password is wrong.");
        }
        Optional<String> weak = weakness(fresh.username(), next);
        if (weak.isPresent()) return rejected(weak.get(), "The new password is not acceptable.");
        store.changePassword(fresh.id(), hasher.hash(next));
        return new Outcome.Done<>(fresh);
    }

    /** Tạo người dùng: by an admin of the organisation, or the installation admin for any organisation. */
    public Outcome<Account> createUser(Account by, String username, String password, String fullName,
            OrganisationId organisation, Set<Role> roles) {
        if (!(by.installationAdmin() || by.has(Role.ADMIN) && by.organisation().equals(organisation))) {
            return new Outcome.Forbidden<>("Chỉ quản trị của cơ quan này mới tạo được người dùng cho cơ quan.",
                    "Only an admin of this organisation may create its users.");
        }
        if (store.organisation(organisation).isEmpty()) {
            return rejected("Không có cơ quan " + organisation + "; xem danh sách ở GET /api/v1/organisations.",
                    "No such organisation.");
        }
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            return rejected("Tên đăng nhập '" + name + "' phải dài 3–64 ký tự, gồm chữ thường không dấu, số, dấu chấm,"
                    + " gạch ngang hoặc gạch dưới, ví dụ nguyen.van.a.", "Bad username.");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            return rejected("Cần họ và tên (fullName), tối đa 200 ký tự.", "fullName is needed (at most 200).");
        }
        if (roles == null || roles.isEmpty()) {
            return rejected("Cần ít nhất một vai trò: drafter, approver, clerk hoặc admin.", "At least one role.");
        }
        Optional<String> weak = weakness(name, password);
        if (weak.isPresent()) return rejected(weak.get(), "The password is not acceptable.");
        Account account = new Account(UserId.random(), name, hasher.hash(password), fullName.strip(), organisation,
                roles, false, 0, null);
        try {
            return new Outcome.Done<>(store.createUser(account, clock.instant()));
        } catch (AccountRefusal.UsernameTaken e) {
            return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new vn.giaymoi.domain.lifecycle.Rejection(
                    "ACCOUNT-TAKEN", "Tên đăng nhập '" + name + "' đã có người dùng; hãy chọn tên khác.",
                    "The username is taken."), 0);
        }
    }

    /** Tạo cơ quan: only the installation admin; approval required, self-approval allowed, as a new office starts. */
    public Outcome<Organisation> createOrganisation(Account by, String name) {
        if (!by.installationAdmin()) {
            return new Outcome.Forbidden<>("Chỉ quản trị hệ thống mới tạo được cơ quan mới.",
                    "Only the installation admin may create organisations.");
        }
        if (name == null || name.isBlank() || name.strip().length() > Organisation.MAX_NAME) {
            return rejected("Cần tên cơ quan (name), từ 1 đến " + Organisation.MAX_NAME + " ký tự.", "name is needed.");
        }
        Organisation o = new Organisation(OrganisationId.random(), name.strip(), true, true);
        return new Outcome.Done<>(store.createOrganisation(o, clock.instant()));
    }

    /**
     * Lần chạy đầu (first start): when no account exists, names the first organisation {@code organisationName} and
     * creates {@code admin} with every role, installation admin too. Empty when accounts exist already.
     */
    public Optional<Account> firstAdmin(String organisationName, String password) {
        if (store.userCount() > 0) return Optional.empty();
        Optional<String> weak = weakness("admin", password);
        if (weak.isPresent()) throw new IllegalArgumentException(weak.get());
        Organisation first = store.organisation(OrganisationId.FIRST)
                .orElseThrow(() -> new IllegalStateException("the schema's first organisation is missing"));
        store.updateOrganisation(new Organisation(first.id(), organisationName, true, true));
        Account admin = new Account(UserId.random(), "admin", hasher.hash(password), "Quản trị", first.id(),
                Set.of(Role.values()), true, 0, null);
        return Optional.of(store.createUser(admin, clock.instant()));
    }

    /** What is wrong with {@code password} for {@code username}, if anything. */
    public static Optional<String> weakness(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("Mật khẩu phải dài ít nhất " + MIN_PASSWORD + " ký tự (một câu ngắn dễ nhớ là tốt).");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("Mật khẩu dài quá " + MAX_PASSWORD_BYTES + " byte (chữ có dấu chiếm 2–3 byte); hãy"
                    + " rút ngắn.");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("Mật khẩu không được trùng tên đăng nhập.");
        }
        return Optional.empty();
    }

    private static <T> Outcome<T> rejected(String vi, String en) {
        return new Outcome.Rejected<>(vi, en, List.of());
    }
}

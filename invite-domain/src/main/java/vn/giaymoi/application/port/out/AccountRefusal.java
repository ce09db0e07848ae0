package vn.giaymoi.application.port.out;

/** Kho tài khoản từ chối (the account store refuses a write); nothing is written. */
public abstract sealed class AccountRefusal extends RuntimeException {
    private AccountRefusal(String message) {
        super(message, null, false, false);
    }

    /** Tên đăng nhập đã có (the username is taken). */
    public static final class UsernameTaken extends AccountRefusal {
        public UsernameTaken(String username) {
            super("tên đăng nhập '" + username + "' đã có");
        }
    }

    /** Không có cơ quan này. */
    public static final class NoSuchOrganisation extends AccountRefusal {
        public NoSuchOrganisation(OrganisationId id) {
            super("không có cơ quan " + id);
        }
    }
}

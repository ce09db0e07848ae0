package vn.giaymoi.mail;

/** Đường gửi thư (how a worker hands messages over): SMTP in production, a failing one in tests. */
public interface MailTransport {
    /** A connection for one batch. */
    interface Connection extends AutoCloseable {
        /** Hands over one whole MIME message for {@code to}; returns once the server accepted it. */
        void send(String to, byte[] content) throws MailFailure;

        @Override
        void close();
    }

    Connection open() throws MailFailure;

    /**
     * Gửi không được (a failed hand-over).
     */
    final class MailFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        public MailFailure(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        /** True when the server refused for good (5xx): no retry. */
        public boolean permanent() {
            return permanent;
        }
    }
}

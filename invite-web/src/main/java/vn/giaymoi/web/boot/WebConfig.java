package vn.giaymoi.web.boot;

import java.util.Map;
import java.util.Optional;

/**
 * Cấu hình máy chủ (server configuration): from the command line, then the environment, then defaults.
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param dbUrl the JDBC URL of the store, or {@code null} for the embedded default ({@code ./data/giaymoi.db})
 * @param dbUser the database user, or {@code null}
 * @param dbPassword the database password, or {@code null}
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param smtpUrl the mail server ({@code --smtp smtp://user@host:port}, else {@code GIAYMOI_SMTP_URL}), or {@code null}:
 *     then sent invitations wait in the outbox
 */
public record WebConfig(int port, String dbUrl, String dbUser, String dbPassword, long maxBodyBytes, String smtpUrl) {
    public static final int DEFAULT_PORT = 8080;
    /** 1 MiB: a real invitation is a few kilobytes. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

    public WebConfig {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("cổng (port) phải từ 0 đến 65535: " + port);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("giới hạn nội dung phải dương: " + maxBodyBytes);
    }

    /** A configuration without a mail server. */
    public WebConfig(int port, String dbUrl, String dbUser, String dbPassword, long maxBodyBytes) {
        this(port, dbUrl, dbUser, dbPassword, maxBodyBytes, null);
    }

    /** Defaults with the given port and no database. */
    public static WebConfig onPort(int port) {
        return new WebConfig(port, null, null, null, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Reads {@code --port N}, {@code --db URL} (also {@code --port=N}); missing ones come from GIAYMOI_PORT,
     * GIAYMOI_DB_URL, GIAYMOI_DB_USER, GIAYMOI_DB_PASSWORD.
     *
     * @throws IllegalArgumentException with a Vietnamese message for an unknown option or a bad port
     */
    public static WebConfig parse(String[] args, Map<String, String> env) {
        String port = null;
        String db = null;
        String smtp = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) value = a.substring(a.indexOf('=') + 1);
            else if (i + 1 < args.length) value = args[++i];
            else throw new IllegalArgumentException("tùy chọn " + a + " cần một giá trị");
            switch (name) {
                case "--port" -> port = value;
                case "--db" -> db = value;
                case "--smtp" -> smtp = value;
                default -> throw new IllegalArgumentException("tùy chọn '" + a + "' không có; dùng --port <số cổng>,"
                        + " --db <JDBC URL> và --smtp smtp://tên@máy-chủ:587");
            }
        }
        String portText = Optional.ofNullable(port).orElse(env.get("GIAYMOI_PORT"));
        int p = DEFAULT_PORT;
        if (portText != null && !portText.isBlank()) {
            try {
                p = Integer.parseInt(portText.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cổng (port) '" + portText + "' phải là một số, ví dụ 8080");
            }
        }
        String url = Optional.ofNullable(db).orElse(env.get("GIAYMOI_DB_URL"));
        return new WebConfig(p, blankToNull(url), blankToNull(env.get("GIAYMOI_DB_USER")),
                blankToNull(env.get("GIAYMOI_DB_PASSWORD")), DEFAULT_MAX_BODY_BYTES,
                blankToNull(Optional.ofNullable(smtp).orElse(env.get("GIAYMOI_SMTP_URL"))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "WebConfig[port=" + port + ", db=" + (dbUrl == null ? "SQLite ./data/giaymoi.db" : dbUrl) + ", user=" + dbUser
                + ", smtp=" + (smtpUrl == null ? "none (outbox waits)" : smtpUrl) + "]";
    }
}

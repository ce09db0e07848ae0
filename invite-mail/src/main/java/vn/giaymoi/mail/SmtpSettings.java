package vn.giaymoi.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cấu hình máy chủ thư (SMTP settings): {@code smtp://user@host:port} (STARTTLS required, port 587 by default) or
 * {@code smtps://user@host:port} (TLS from the first byte, port 465), from {@code --smtp} or {@code GIAYMOI_SMTP_URL};
 * the password only from {@code GIAYMOI_SMTP_PASSWORD} (never on the command line); the sender address from
 * {@code GIAYMOI_MAIL_FROM}, else the user when it is an address. {@code smtp+plain://} (no TLS) is for a relay on
 * the same machine and for tests.
 *
 * @param host the server
 * @param port its port
 * @param user the login, or {@code null} for a relay without login
 * @param password the password, or {@code null}
 * @param security how the connection is protected
 * @param from the sender address of every message
 */
public record SmtpSettings(String host, int port, String user, String password, Security security, String from) {
    /** Bảo mật kết nối. */
    public enum Security {
        /** STARTTLS required (the server must offer it). */
        STARTTLS,
        /** TLS from the start (smtps). */
        TLS,
        /** None: a relay on this machine, or a test server. */
        PLAIN
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("cổng SMTP phải từ 1 đến 65535: " + port);
    }

    /**
     * The settings of {@code url} (or, when it is {@code null}, of {@code GIAYMOI_SMTP_URL}); empty when neither is
     * set: then messages wait in the outbox.
     *
     * @throws IllegalArgumentException with a Vietnamese message for a URL that cannot be used
     */
    public static Optional<SmtpSettings> from(String url, Map<String, String> env) {
        String text = url != null && !url.isBlank() ? url.strip() : blankToNull(env.get("GIAYMOI_SMTP_URL"));
        if (text == null) return Optional.empty();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("địa chỉ máy chủ thư '" + text + "' không đọc được; viết dạng"
                    + " smtp://ten-dang-nhap@may-chu:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        Security security = switch (scheme) {
            case "smtp" -> Security.STARTTLS;
            case "smtps" -> Security.TLS;
            case "smtp+plain" -> Security.PLAIN;
            default -> throw new IllegalArgumentException("địa chỉ máy chủ thư phải bắt đầu bằng smtp:// (STARTTLS) hoặc"
                    + " smtps:// (TLS): '" + text + "'");
        };
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("địa chỉ máy chủ thư '" + text + "' thiếu tên máy chủ (dấu @ trong tên"
                    + " đăng nhập phải viết %40: smtp://vanthu%40co-quan.gov.vn@may-chu:587)");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("không ghi mật khẩu trong địa chỉ máy chủ thư; đặt nó vào biến môi trường"
                    + " GIAYMOI_SMTP_PASSWORD");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : security == Security.TLS ? 465 : security == Security.PLAIN ? 25 : 587;
        String user = uri.getUserInfo();
        String from = blankToNull(env.get("GIAYMOI_MAIL_FROM"));
        if (from == null) from = user != null && user.contains("@") ? user : "giaymoi@" + uri.getHost();
        return Optional.of(new SmtpSettings(uri.getHost(), port, user, blankToNull(env.get("GIAYMOI_SMTP_PASSWORD")),
                security, from));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "smtp " + security + " " + (user == null ? "" : user + "@") + host + ":" + port + " from " + from;
    }
}

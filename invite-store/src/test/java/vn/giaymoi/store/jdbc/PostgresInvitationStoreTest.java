package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, named by the environment:
 * {@code GIAYMOI_TEST_PG_URL} (e.g. {@code jdbc:postgresql://localhost:5432/giaymoi_test}),
 * {@code GIAYMOI_TEST_PG_USER}, {@code GIAYMOI_TEST_PG_PASSWORD}. {@code .ci/run} starts a server and sets them.
 *
 * <p>Without a server the tests fail, unless a developer explicitly skips them with {@code GIAYMOI_SKIP_PG=1}
 * (environment) or {@code -Dgiaymoi.skipPg=true}; under CI ({@code CI=true}) they always fail. Each test works in a
 * schema of its own, dropped afterwards, so runs never see each other's rows.
 */
class PostgresInvitationStoreTest extends InvitationStoreContract {
    static final String URL_VARIABLE = "GIAYMOI_TEST_PG_URL";

    private static String serverUrl;
    private static String user;
    private static String password;

    private String schema;

    @BeforeAll
    static void findServer() {
        serverUrl = System.getenv(URL_VARIABLE);
        user = System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
        password = System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
        if (serverUrl != null && !serverUrl.isBlank()) return;
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean skip = "1".equals(System.getenv("GIAYMOI_SKIP_PG")) || Boolean.getBoolean("giaymoi.skipPg");
        String why = URL_VARIABLE + " is not set, so the PostgreSQL contract tests have no server. Run `bash .ci/run`"
                + " (installs and starts PostgreSQL), or export " + URL_VARIABLE
                + "=jdbc:postgresql://localhost:5432/<db> with GIAYMOI_TEST_PG_USER/GIAYMOI_TEST_PG_PASSWORD";
        if (skip && !ci) Assumptions.abort("skipped on request (GIAYMOI_SKIP_PG): " + why);
        fail(why + (ci ? " (CI=true: PostgreSQL is required)" : "; or skip explicitly with GIAYMOI_SKIP_PG=1"));
    }

    @Override
    void freshTarget() throws SQLException {
        schema = "contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        admin("CREATE SCHEMA " + schema);
    }

    @Override
    Database connect() {
        return Database.open(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                password);
    }

    @Override
    void dropTarget() throws SQLException {
        if (schema != null) admin("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void a_wrong_password_is_a_clear_store_error_that_does_not_echo_the_password() {
        assertThatThrownBy(() -> Database.open(serverUrl, user, "sai-mat-khau-" + schema))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("không kết nối được cơ sở dữ liệu jdbc:postgresql:")
                .hasMessageContaining("hãy kiểm tra địa chỉ, tài khoản và mật khẩu")
                .message().doesNotContain("sai-mat-khau");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

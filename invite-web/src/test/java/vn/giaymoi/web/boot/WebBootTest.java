package vn.giaymoi.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;
import vn.giaymoi.web.testing.TestServer;

class WebBootTest {
    @Test
    void options_win_over_the_environment_which_wins_over_defaults() {
        WebConfig defaults = WebConfig.parse(new String[0], Map.of());
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.dbUrl()).isNull();

        Map<String, String> env = Map.of("GIAYMOI_PORT", "9090", "GIAYMOI_DB_URL", "jdbc:h2:mem:x",
                "GIAYMOI_DB_USER", "gm", "GIAYMOI_DB_PASSWORD", "bí mật");
        WebConfig fromEnv = WebConfig.parse(new String[0], env);
        assertThat(fromEnv).extracting(WebConfig::port, WebConfig::dbUrl, WebConfig::dbUser, WebConfig::dbPassword)
                .containsExactly(9090, "jdbc:h2:mem:x", "gm", "bí mật");
        assertThat(fromEnv.toString()).doesNotContain("bí mật");

        WebConfig fromArgs = WebConfig.parse(new String[] {"--port", "7070", "--db=jdbc:postgresql://db/giaymoi"}, env);
        assertThat(fromArgs.port()).isEqualTo(7070);
        assertThat(fromArgs.dbUrl()).isEqualTo("jdbc:postgresql://db/giaymoi");
    }

    @Test
    void bad_options_are_refused_in_vietnamese() {
        assertThatThrownBy(() -> WebConfig.parse(new String[] {"--prot", "1"}, Map.of())).hasMessageContaining("không có");
        assertThatThrownBy(() -> WebConfig.parse(new String[] {"--port", "tám"}, Map.of())).hasMessageContaining("phải là một số");
        assertThatThrownBy(() -> WebConfig.parse(new String[] {"--port", "70000"}, Map.of())).hasMessageContaining("65535");
        assertThatThrownBy(() -> WebConfig.parse(new String[] {"--db"}, Map.of())).hasMessageContaining("cần một giá trị");
    }

    @Test
    void a_configured_h2_file_is_opened_and_migrated_and_an_unsupported_url_is_refused(@TempDir Path dir) {
        WebConfig h2 = WebConfig.parse(new String[] {"--db", "jdbc:h2:file:" + dir.resolve("db")}, Map.of());
        try (Database db = WebMain.openDatabase(h2)) {
            assertThat(db.invitations().search(InvitationQuery.all())).isEmpty();
        }
        WebConfig other = WebConfig.parse(new String[] {"--db", "jdbc:mysql://x/y"}, Map.of());
        assertThatThrownBy(() -> WebMain.openDatabase(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_four_seed_examples_are_loaded_once_into_an_empty_store() {
        assertThat(SampleLoader.read().keySet()).containsExactly("seed-000.yaml", "seed-001.yaml", "seed-002.yaml", "seed-004.yaml");
        InvitationStore store = new InMemoryInvitationStore();
        InvitationFormat format = new InvitationFormat();
        assertThat(SampleLoader.loadIfEmpty(store, format, TestServer.CLOCK)).isEqualTo(4);
        assertThat(SampleLoader.loadIfEmpty(store, format, TestServer.CLOCK)).isZero();
        assertThat(store.search(InvitationQuery.all())).hasSize(4);
    }
}

package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void the_default_url_is_a_sqlite_file_under_data() {
        assertThat(Database.DEFAULT_URL).isEqualTo("jdbc:sqlite:./data/giaymoi.db");
        assertThat(Dialect.of(Database.DEFAULT_URL)).isEqualTo(Dialect.SQLITE);
        assertThat(Database.supported(Database.DEFAULT_URL)).isEqualTo(Database.DEFAULT_URL);
    }

    @Test
    void a_sqlite_file_is_opened_in_wal_mode_synced_on_every_commit_with_foreign_keys() throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + folder.resolve("new/sub/giaymoi.db"), null, null);
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT journal_mode FROM pragma_journal_mode),"
                        + " (SELECT synchronous FROM pragma_synchronous), (SELECT foreign_keys FROM pragma_foreign_keys)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
            assertThat(rs.getInt(2)).as("2 = FULL").isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(1);
        }
        assertThat(folder.resolve("new/sub/giaymoi.db")).as("the folder is created").exists();
    }

    @Test
    void h2_urls_of_earlier_versions_get_their_settings_unless_they_choose_their_own() {
        assertThat(Database.supported("jdbc:h2:file:/srv/giaymoi/db"))
                .isEqualTo("jdbc:h2:file:/srv/giaymoi/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        assertThat(Database.supported("jdbc:h2:file:/srv/db;lock_timeout=500"))
                .isEqualTo("jdbc:h2:file:/srv/db;lock_timeout=500;WRITE_DELAY=0");
        assertThat(Database.supported(" jdbc:postgresql://db:5432/giaymoi?ssl=true "))
                .isEqualTo("jdbc:postgresql://db:5432/giaymoi?ssl=true");
        assertThat(Database.supported("jdbc:sqlite:/srv/giaymoi.db")).isEqualTo("jdbc:sqlite:/srv/giaymoi.db");
    }

    @Test
    void other_databases_are_refused_with_a_hint_and_without_the_settings() {
        assertThatThrownBy(() -> Database.supported("jdbc:mysql://db/giaymoi?password=bi-mat"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:sqlite:")
                .hasMessageContaining("jdbc:postgresql://")
                .message().doesNotContain("bi-mat");
    }
}

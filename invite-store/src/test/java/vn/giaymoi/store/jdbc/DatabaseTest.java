package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void the_default_url_is_an_h2_file_under_data_that_writes_on_commit() {
        assertThat(Database.DEFAULT_URL).startsWith("jdbc:h2:file:./data/giaymoi;").contains(";WRITE_DELAY=0");
        assertThat(Database.supported(Database.DEFAULT_URL)).isEqualTo(Database.DEFAULT_URL);
    }

    @Test
    void h2_urls_get_the_durable_settings_unless_they_choose_their_own() {
        assertThat(Database.supported("jdbc:h2:file:/srv/giaymoi/db"))
                .isEqualTo("jdbc:h2:file:/srv/giaymoi/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        assertThat(Database.supported("jdbc:h2:file:/srv/db;lock_timeout=500"))
                .isEqualTo("jdbc:h2:file:/srv/db;lock_timeout=500;WRITE_DELAY=0");
        assertThat(Database.supported(" jdbc:postgresql://db:5432/giaymoi?ssl=true "))
                .isEqualTo("jdbc:postgresql://db:5432/giaymoi?ssl=true");
    }

    @Test
    void other_databases_are_refused_with_a_hint_and_without_the_settings() {
        assertThatThrownBy(() -> Database.supported("jdbc:mysql://db/giaymoi?password=bi-mat"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:file:")
                .hasMessageContaining("jdbc:postgresql://")
                .message().doesNotContain("bi-mat");
    }
}

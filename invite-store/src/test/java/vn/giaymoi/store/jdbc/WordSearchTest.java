package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.domain.lifecycle.Lifecycle;

/**
 * Tìm theo từ (word search) on PostgreSQL gives, whichever way it reads (the latest rows in update order, all of one
 * organisation's rows, or the full-text index), the same pages and counts as the plain search of every row. The
 * walk's bounds are made tiny here, so that 40 invitations reach every way; the server is the one of
 * {@link PostgresInvitationStoreTest} (same variables, same skip rule).
 */
class WordSearchTest {
    private static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");

    private String schema;
    private Database db;
    private InvitationStore plain;
    private List<InvitationStore> walking;

    @BeforeAll
    static void server() {
        PostgresInvitationStoreTest.findServer();
    }

    @BeforeEach
    void province() throws SQLException {
        schema = "words_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        admin("CREATE SCHEMA " + schema);
        String url = System.getenv(PostgresInvitationStoreTest.URL_VARIABLE);
        db = Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password());
        plain = db.invitations();
        // a walk too short for the count (the index counts), and one that reads all 39 rows
        JdbcInvitationStore shortWalk = new JdbcInvitationStore(db.dataSource(), Dialect.POSTGRESQL,
                new JdbcInvitationStore.WordWalk(10, 12, 20));
        // and one that reads no number from the index first (as when more than the bound match it)
        walking = List.of(shortWalk, shortWalk.forOrganisation(OrganisationId.FIRST), new JdbcInvitationStore(
                db.dataSource(), Dialect.POSTGRESQL, new JdbcInvitationStore.WordWalk(5, 50, 50)),
                new JdbcInvitationStore(db.dataSource(), Dialect.POSTGRESQL,
                        new JdbcInvitationStore.WordWalk(10, 12, 20, 0)), plain);
        // half of them on one topic (common words), one in seven on another, one alone on a third (rare words)
        List<StoredInvitation> made = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String subject = i == 13 ? "Tập huấn giảm nghèo bền vững" : i % 7 == 0 ? "Hội nghị phòng chống thiên tai " + i
                    : i % 2 == 0 ? "Họp chuyển đổi số đợt " + i : "Họp giao ban tuần " + i;
            made.add(plain.create(Drafts.draft(subject), T0.plusSeconds(60L * i)));
        }
        // newer updates of older invitations, an issued number, a deleted one: update order is not creation order
        for (int i = 0; i < 40; i += 9) {
            StoredInvitation s = made.get(i);
            plain.update(s.id(), s.version(), Drafts.draft("Họp chuyển đổi số, bản sửa " + i), T0.plusSeconds(3600L + i));
        }
        StoredInvitation a = made.get(20);
        a = plain.move(a.id(), a.version(), Lifecycle::submit, T0.plusSeconds(7200));
        a = plain.move(a.id(), a.version(), Lifecycle::approve, T0.plusSeconds(7200));
        plain.issue(a.id(), a.version(), LocalDate.of(2026, 5, 5), T0.plusSeconds(7300));
        plain.delete(made.get(3).id());
        // the only one on its topic waits for signing: a version moved to a new status is found by its words
        StoredInvitation waiting = made.get(13);
        waiting = plain.move(waiting.id(), waiting.version(), Lifecycle::submit, T0.plusSeconds(7400));
        plain.move(waiting.id(), waiting.version(), Lifecycle::approve, T0.plusSeconds(7500));
    }

    @AfterEach
    void drop() throws SQLException {
        if (db != null) db.close();
        admin("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void every_way_of_reading_gives_the_pages_and_counts_of_the_plain_search() {
        assertThat(sameAsPlain(walking)).isEqualTo(QUERIES.size() * 5 * 5);
        assertThat(plain.search(InvitationQuery.text("chuyen doi so"))).hasSizeGreaterThan(12); // more than a walk
        assertThat(plain.search(InvitationQuery.text("01/GM-UBND"))).hasSize(1);
    }

    @Test
    void a_database_from_before_the_word_list_searches_the_same_before_and_after_its_fill() throws SQLException {
        // as V9.1 leaves a database whose versions were written before it: no words yet, the fill at block 0
        admin("DELETE FROM " + schema + ".search_word");
        admin("UPDATE " + schema + ".search_word_fill SET next_block = 0, end_block = pg_relation_size('" + schema
                + ".invitation_version') / 8192");
        JdbcInvitationStore before = new JdbcInvitationStore(db.dataSource(), Dialect.POSTGRESQL,
                new JdbcInvitationStore.WordWalk(10, 12, 20));
        assertThat(sameAsPlain(List.of(before))).isEqualTo(QUERIES.size() * 5);
        assertThat(scalar("SELECT count(*) FROM " + schema + ".search_word")).isZero();

        assertThat(before.fillSearchWords(() -> false)).isTrue();
        assertThat(scalar("SELECT count(*) FROM " + schema + ".search_word")).isEqualTo(scalar(
                "SELECT count(DISTINCT w) FROM " + schema + ".invitation_version v,"
                        + " unnest(string_to_array(btrim(v.search_text), ' ')) w"));
        assertThat(scalar("SELECT count(*) FROM " + schema + ".search_word_fill WHERE next_block IS NULL")).isOne();
        assertThat(sameAsPlain(List.of(before))).isEqualTo(QUERIES.size() * 5);

        // a version written afterwards brings its new words itself (the trigger)
        plain.create(Drafts.draft("Họp bàn xyzzyquux"), T0.plusSeconds(9000));
        assertThat(scalar("SELECT count(*) FROM " + schema + ".search_word WHERE word = 'xyzzyquux'")).isOne();
        assertThat(before.summaries(InvitationQuery.text("xyzzy"), 1, 3).total()).isOne();
    }

    @Test
    void a_short_date_range_read_from_the_heads_gives_the_pages_and_counts_of_the_plain_search() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 12; i++) {
            StoredInvitation s = plain.create(Drafts.meetingOn("Họp tuần " + i, monday.plusDays(2L * i)),
                    T0.plusSeconds(20_000L + 60L * i));
            // a newer version that moves the meeting out of the week: only the latest version's date counts
            if (i % 4 == 1) plain.update(s.id(), s.version(), Drafts.meetingOn("Họp dời " + i, monday.plusDays(40)),
                    T0.plusSeconds(30_000L + i));
            if (i == 2) plain.delete(s.id());
            if (i == 4) {
                s = plain.move(s.id(), s.version(), Lifecycle::submit, T0.plusSeconds(31_000));
                s = plain.move(s.id(), s.version(), Lifecycle::approve, T0.plusSeconds(31_001));
                plain.issue(s.id(), s.version(), monday.plusDays(3), T0.plusSeconds(31_002));
            }
        }
        List<InvitationQuery> queries = List.of(InvitationQuery.all().withMeeting(monday, monday.plusDays(6)),
                InvitationQuery.all().withMeeting(monday, monday.plusDays(30)),
                new InvitationQuery(null, Status.DRAFT, null, null, null).withMeeting(monday, monday.plusDays(13)),
                InvitationQuery.all().withIssued(monday, monday.plusDays(6)),
                InvitationQuery.all().withMeeting(monday.plusDays(50), monday.plusDays(56)));
        for (InvitationQuery query : queries) {
            List<InvitationId> all = plain.search(query).stream().map(StoredInvitation::id).toList();
            for (int page = 1; page <= 5; page++) {
                SummaryPage got = plain.summaries(query, page, 3);
                int from = Math.min(all.size(), (page - 1) * 3);
                assertThat(got.items().stream().map(InvitationSummary::id).toList())
                        .as("%s, page %d", query, page).isEqualTo(all.subList(from, Math.min(all.size(), from + 3)));
                assertThat(got.total()).as("%s, count", query).isEqualTo(all.size());
            }
        }
        assertThat(plain.search(queries.get(1))).hasSizeGreaterThan(6); // more than two pages
    }

    private static final List<InvitationQuery> QUERIES = List.of(InvitationQuery.text("chuyen doi so"),
            InvitationQuery.text("thien tai"), InvitationQuery.text("giam ngheo"), InvitationQuery.text("hop"),
            InvitationQuery.text("ha tinh"), InvitationQuery.text("hop dot"), InvitationQuery.text("khong co tu nay"),
            InvitationQuery.text("01/GM-UBND"), InvitationQuery.text("01/gm"), InvitationQuery.text("1/GM-UB hop"),
            InvitationQuery.text("01/GM-UBND tai"), InvitationQuery.text("02/GM-UBND"), InvitationQuery.text("so dot"),
            InvitationQuery.text("ch d"),
            InvitationQuery.text("tap hu ben"), new InvitationQuery("chuyen doi so", Status.DRAFT, null, null, null),
            InvitationQuery.text("ban sua").withIssued(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

    /** Compares every page 1–5 and count of {@link #QUERIES} from {@code stores} with the plain search; how many. */
    private int sameAsPlain(List<? extends InvitationStore> stores) {
        int compared = 0;
        for (InvitationQuery query : QUERIES) {
            List<InvitationId> all = plain.search(query).stream().map(StoredInvitation::id).toList();
            for (InvitationStore store : stores) {
                for (int page = 1; page <= 5; page++) {
                    SummaryPage got = store.summaries(query, page, 3);
                    int from = Math.min(all.size(), (page - 1) * 3);
                    assertThat(got.items().stream().map(InvitationSummary::id).toList())
                            .as("%s, page %d", query, page).isEqualTo(all.subList(from, Math.min(all.size(), from + 3)));
                    assertThat(got.total()).as("%s, count", query).isEqualTo(all.size());
                    compared++;
                }
            }
        }
        return compared;
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(1);
            c.rollback();
            return value;
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
    }

    private static String password() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv(PostgresInvitationStoreTest.URL_VARIABLE), user(),
                password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

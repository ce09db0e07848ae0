package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.web.testing.TestServer;

/**
 * Issue 10, finding 5: 60 large drafts made every list call answer the whole documents (69 MB) and four at once ran
 * the server out of memory. The list now answers a page of summaries; the same inputs on the embedded database and,
 * when {@code GIAYMOI_TEST_PG_URL} names one, on PostgreSQL.
 */
@ExtendWith(VertxExtension.class)
class PagedListTest {
    /** A page of 50 summaries must stay far below one large document. */
    private static final int PAGE_BYTES_LIMIT = 100_000;

    @TempDir
    Path folder;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) opened.get(i).close();
    }

    @Test
    void sixty_large_drafts_on_the_embedded_database_give_small_pages_and_four_calls_at_once_answer(Vertx vertx) {
        Database db = Database.open("jdbc:h2:file:" + folder.resolve("paged").toAbsolutePath(), Database.DEFAULT_USER,
                Database.DEFAULT_PASSWORD);
        opened.add(db);
        sixtyLargeDraftsGiveSmallPages(vertx, db.invitations(), db.accounts());
    }

    @Test
    void sixty_large_drafts_on_postgresql_give_small_pages_and_four_calls_at_once_answer(Vertx vertx) throws Exception {
        String url = System.getenv("GIAYMOI_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "GIAYMOI_TEST_PG_URL names no PostgreSQL server");
        String user = System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
        String password = System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
        String schema = "paged_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        sql(url, user, password, "CREATE SCHEMA " + schema);
        opened.add(() -> sql(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
        Database db = Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        opened.add(db);
        sixtyLargeDraftsGiveSmallPages(vertx, db.invitations(), db.accounts());
    }

    private void sixtyLargeDraftsGiveSmallPages(Vertx vertx, InvitationStore store, AccountStore accounts) {
        Invitation large = large();
        Instant t0 = Instant.parse("2026-05-01T02:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) ids.add(store.create(large, t0.plusSeconds(i)).id().toString());
        TestServer server = TestServer.start(vertx, store, accounts);
        opened.add(server);

        HttpResponse<Buffer> first = await(server.client.get("/api/v1/invitations").send());
        HttpResponse<Buffer> second = await(server.client.get("/api/v1/invitations?page=2&size=50").send());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().length()).isLessThan(PAGE_BYTES_LIMIT);
        JsonObject page = first.bodyAsJsonObject();
        assertThat(page.getLong("total")).isEqualTo(60);
        assertThat(page.getInteger("size")).isEqualTo(50);
        assertThat(page.getJsonArray("items")).hasSize(50);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(ids.get(59));
        assertThat(page.getJsonArray("items").getJsonObject(0).containsKey("invitation")).isFalse();
        assertThat(second.bodyAsJsonObject().getJsonArray("items")).hasSize(10);
        assertThat(second.bodyAsJsonObject().getJsonArray("items").getJsonObject(9).getString("id"))
                .isEqualTo(ids.get(0));

        List<Future<HttpResponse<Buffer>>> calls = IntStream.range(0, 4)
                .mapToObj(i -> server.client.get("/api/v1/invitations?size=200").send()).toList();
        for (Future<HttpResponse<Buffer>> call : calls) {
            HttpResponse<Buffer> r = await(call);
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
            assertThat(r.bodyAsJsonObject().getJsonArray("items")).hasSize(60);
        }
    }

    /** The fixture giấy mời with 100 paragraphs of 5,000 characters: about half a megabyte of document. */
    private static Invitation large() {
        Invitation g = Invitations.aGiayMoi();
        List<Point> body = new ArrayList<>(g.body());
        String paragraph = "Nội dung chuẩn bị cho cuộc họp, tài liệu gửi kèm và ý kiến các đơn vị. ".repeat(80)
                .substring(0, 5_000).strip();
        for (int i = 0; i < 100; i++) body.add(Point.of(Marker.DASH, paragraph));
        return g.withBody(body).withSubject(RichText.of("Dự họp về chuẩn bị hồ sơ lớn"));
    }

    private static void sql(String url, String user, String password, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}

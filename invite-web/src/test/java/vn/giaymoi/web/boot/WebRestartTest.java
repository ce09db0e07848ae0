package vn.giaymoi.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.web.testing.TestServer;

/** Saved invitations survive a restart of the server on the same database file (SQLite, the embedded default). */
class WebRestartTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        await(vertx.close());
    }

    @Test
    void what_was_saved_is_there_after_a_restart(@TempDir Path dir) throws Exception {
        WebConfig config = WebConfig.parse(new String[] {"--port", "0", "--db", "jdbc:sqlite:" + dir.resolve("giaymoi.db")}, Map.of());
        String yaml = Files.readString(Path.of("..", "examples", "seed-004.yaml"));

        String id;
        try (Running first = Running.start(vertx, config)) {
            HttpResponse<Buffer> created = await(first.client.post("/api/v1/invitations")
                    .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(yaml)));
            assertThat(created.statusCode()).isEqualTo(201);
            id = created.bodyAsJsonObject().getString("id");
            String edited = yaml.replace("subject: V/v tổ chức lớp", "subject: V/v tổ chức lại lớp");
            HttpResponse<Buffer> updated = await(first.client.put("/api/v1/invitations/" + id)
                    .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(edited)));
            assertThat(updated.statusCode()).isEqualTo(200);
        }

        try (Running second = Running.start(vertx, config)) {
            JsonObject found = await(second.client.get("/api/v1/invitations/" + id).send()).bodyAsJsonObject();
            assertThat(found.getInteger("version")).isEqualTo(2);
            assertThat(found.getJsonObject("invitation").getString("subject")).startsWith("V/v tổ chức lại lớp");
            JsonObject versions = await(second.client.get("/api/v1/invitations/" + id + "/versions").send()).bodyAsJsonObject();
            assertThat(versions.getJsonArray("items").stream().map(v -> ((JsonObject) v).getInteger("version")))
                    .containsExactly(1, 2);
        }
    }

    /** A server on its own database, stopped and closed as a real shutdown does. */
    private record Running(Database db, WebServer server, WebClient client) implements AutoCloseable {
        static Running start(Vertx vertx, WebConfig config) {
            Database db = WebMain.openDatabase(config);
            TestServer.firstAdmin(db.accounts());
            WebServer server = await(WebServer.start(vertx, config, db.invitations(), db.accounts(), TestServer.CLOCK));
            WebClient client = TestServer.bearer(vertx, server.port(), db.accounts(),
                    db.accounts().user(TestServer.ADMIN).orElseThrow());
            return new Running(db, server, client);
        }

        @Override
        public void close() {
            client.close();
            await(server.stop());
            db.close();
        }
    }
}

package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.web.testing.TestServer;

/**
 * {@code POST /api/v1/fix}: the checker's certain fixes, one ("Sửa") or all ("Sửa tất cả"), on seed 004 (a công văn
 * whose Kính gửi, Lưu line and weekday are fixable), as {@code giaymoi fix} makes them.
 */
@ExtendWith(VertxExtension.class)
class FixRoutesTest {
    private TestServer server;
    private String seed;

    @BeforeEach
    void start(Vertx vertx) throws IOException {
        server = TestServer.start(vertx, RuleEngine.standard());
        seed = Files.readString(Path.of("..", "examples", "seed-004.yaml"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<Buffer> fix(String query, String body) {
        return await(server.client.post(FixRoutes.PATH + query).putHeader("Content-Type", "application/yaml")
                .sendBuffer(Buffer.buffer(body)));
    }

    private static List<String> rules(JsonArray findings) {
        return findings.stream().map(f -> ((JsonObject) f).getString("ruleId")).toList();
    }

    @Test
    void one_fix_changes_only_its_finding() {
        HttpResponse<Buffer> r = fix("?rule=ND30-ARCHIVE-PERIOD&path=distribution%5B5%5D", seed);
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
        JsonObject body = r.bodyAsJsonObject();
        assertThat(body.getJsonArray("applied")).hasSize(1);
        assertThat(body.getJsonArray("applied").getJsonObject(0).getString("fix")).isEqualTo("Kết thúc dòng Lưu bằng '.'");
        JsonArray distribution = body.getJsonObject("invitation").getJsonArray("distribution");
        assertThat(distribution.getString(distribution.size() - 1)).endsWith(".");
        assertThat(rules(body.getJsonArray("findings"))).doesNotContain("ND30-ARCHIVE-PERIOD")
                .contains("ND30-ADDR-PUNCT", "ND30-WEEKDAY-FORM");
    }

    @Test
    void fixing_all_leaves_no_fixable_finding() {
        HttpResponse<Buffer> before = await(server.client.post(ApiRoutes.BASE + "/check")
                .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(seed)));
        long fixable = before.bodyAsJsonObject().getJsonArray("findings").stream()
                .filter(f -> ((JsonObject) f).getBoolean("fixable")).count();
        assertThat(fixable).isEqualTo(3);

        JsonObject body = fix("", seed).bodyAsJsonObject();
        assertThat(body.getJsonArray("applied")).hasSize(3);
        assertThat(body.getJsonArray("findings").stream().filter(f -> ((JsonObject) f).getBoolean("fixable"))).isEmpty();
        assertThat(body.getJsonObject("invitation").encode()).doesNotContain("{weekday:number}").contains("({weekday})");
    }

    @Test
    void a_fix_that_is_gone_or_half_named_is_a_clear_400() {
        HttpResponse<Buffer> half = fix("?rule=ND30-ARCHIVE-PERIOD", seed);
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.bodyAsJsonObject().getString("detail")).contains("cả rule và path");
        HttpResponse<Buffer> gone = fix("?rule=ND30-ARCHIVE-PERIOD&path=distribution%5B0%5D", seed);
        assertThat(gone.statusCode()).isEqualTo(400);
        assertThat(gone.bodyAsJsonObject().getString("detail")).contains("Không còn lỗi ND30-ARCHIVE-PERIOD");
        HttpResponse<Buffer> broken = fix("", "kind: [");
        assertThat(broken.statusCode()).isEqualTo(400);
    }
}

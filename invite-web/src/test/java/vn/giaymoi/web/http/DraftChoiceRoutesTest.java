package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.web.testing.TestServer;

/**
 * The profile's choices for the editor ({@code GET /api/v1/drafts/choices}): the roster with its signing forms, the
 * units directory and the usual Nơi nhận of the caller's own organisation only; and {@code /auth/me} naming the
 * steps a user's roles allow.
 */
@ExtendWith(VertxExtension.class)
class DraftChoiceRoutesTest {
    private static final String BASE = "/api/v1";
    private TestServer server;

    @BeforeEach
    void start(Vertx vertx) {
        server = TestServer.start(vertx, RuleEngine.standard());
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<Buffer> get(WebClient client, String uri) {
        return await(client.get(uri).send());
    }

    private void putSampleProfile() throws Exception {
        String yaml = Files.readString(Path.of("../examples/profile/ubnd-tinh-ha-tinh.yaml"));
        HttpResponse<Buffer> r = await(server.client.put(BASE + "/organisations/" + OrganisationId.FIRST.value() + "/profile")
                .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(yaml, "UTF-8")));
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(204);
    }

    @Test
    void the_roster_the_directory_and_the_usual_recipients_come_from_the_callers_profile() throws Exception {
        HttpResponse<Buffer> none = get(server.client, BASE + "/drafts/choices");
        assertThat(none.statusCode()).as("no profile yet").isEqualTo(404);
        assertThat(none.bodyAsJsonObject().getString("detail")).contains("chưa có hồ sơ");
        putSampleProfile();

        HttpResponse<Buffer> r = get(server.client, BASE + "/drafts/choices");
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
        JsonObject choices = r.bodyAsJsonObject();
        JsonArray signers = choices.getJsonArray("signers");
        assertThat(signers).hasSize(2);
        JsonObject first = signers.getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("Trần Công Thành");
        assertThat(first.getString("title")).isEqualTo("PHÓ CHÁNH VĂN PHÒNG");
        assertThat(first.getJsonArray("forms").getJsonObject(0).getJsonArray("authority").getList())
                .containsExactly("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG");
        assertThat(first.getJsonArray("forms").getJsonObject(0).getString("label"))
                .isEqualTo("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG");
        JsonArray units = choices.getJsonArray("units");
        assertThat(units).hasSize(9);
        assertThat(units.getJsonObject(1).encode()).isEqualTo("{\"name\":\"Sở Nội vụ\",\"shortName\":\"SNV\"}");
        assertThat(units.getJsonObject(0).containsKey("shortName")).isFalse();
        assertThat(choices.getJsonArray("distribution").getList()).startsWith("Như thành phần mời;");
    }

    @Test
    void only_drafters_get_them_and_another_organisation_never_sees_this_ones() throws Exception {
        putSampleProfile();
        WebClient drafter = server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        assertThat(get(drafter, BASE + "/drafts/choices").statusCode()).isEqualTo(200);
        WebClient approver = server.userWith("lanhdao", OrganisationId.FIRST, Role.APPROVER);
        assertThat(get(approver, BASE + "/drafts/choices").statusCode()).isEqualTo(403);
        assertThat(get(server.anonymous, BASE + "/drafts/choices").statusCode()).isEqualTo(401);

        Organisation other = server.accounts.createOrganisation(
                new Organisation(OrganisationId.random(), "Sở Tài chính", true, true), TestServer.CLOCK.instant());
        HttpResponse<Buffer> stranger = get(server.userWith("khach", other.id(), Role.values()), BASE + "/drafts/choices");
        assertThat(stranger.statusCode()).as("its own organisation has no profile").isEqualTo(404);
        assertThat(stranger.bodyAsString()).doesNotContain("Trần Công Thành").doesNotContain(OrganisationId.FIRST.toString());
    }

    @Test
    void a_stored_profile_that_no_longer_reads_is_a_422_at_its_line_not_a_500() {
        server.accounts.saveProfile(OrganisationId.FIRST, "kind: ho-so-co-quan\nunitz:\n  - {name: Sở Nội vụ}\n");
        HttpResponse<Buffer> r = get(server.client, BASE + "/drafts/choices");
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
        assertThat(r.bodyAsJsonObject().getString("detail")).contains("Hồ sơ cơ quan không đọc được");
        assertThat(r.bodyAsJsonObject().getJsonArray("findings").stream().map(JsonObject.class::cast))
                .anySatisfy(where -> {
                    assertThat(where.encode()).contains("unitz");
                    assertThat(where.getInteger("line")).isEqualTo(2);
                });
    }

    @Test
    void me_names_the_steps_the_users_roles_allow() {
        JsonObject drafter = get(server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER), BASE + "/auth/me")
                .bodyAsJsonObject();
        assertThat(drafter.getJsonArray("may").getList()).containsExactly("read", "edit", "submit");
        JsonObject clerk = get(server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK), BASE + "/auth/me")
                .bodyAsJsonObject();
        assertThat(clerk.getJsonArray("may").getList()).containsExactly("read", "issue", "revoke", "send");
        JsonObject admin = get(server.client, BASE + "/auth/me").bodyAsJsonObject();
        assertThat(admin.getJsonArray("may").getList()).containsExactly("read", "edit", "submit", "approve", "return",
                "issue", "revoke", "send", "manage");
    }
}

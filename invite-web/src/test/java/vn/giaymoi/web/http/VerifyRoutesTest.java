package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PadesSigner;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.TimestampClient;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.web.error.ProblemResponder;
import vn.giaymoi.web.offload.Offload;
import vn.giaymoi.web.testing.TestServer;

/** {@code POST /api/v1/verify}: a signed PDF in, the report as JSON out; client mistakes are problems, not 500s. */
@ExtendWith(VertxExtension.class)
class VerifyRoutesTest {
    static final TestPki PKI = TestPki.shared();
    static final byte[] SIGNED = signed();

    Offload offload;
    HttpServer server;
    WebClient client;

    static byte[] signed() {
        PadesSigner signer = new PadesSigner(Optional.of(new TimestampClient(PKI.tsaUrl())));
        byte[] once = signer.sign(TestImages.invitationPdf(), PKI.signer.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()), ZonedDateTime.now());
        return signer.sign(once, PKI.organisation.signingKey(), new Appearance.OrganisationSeal(PngImage.read(TestImages.seal(), "dau.png")),
                ZonedDateTime.now());
    }

    @BeforeEach
    void start(Vertx vertx) {
        offload = new Offload("giaymoi-test", 2, 16);
        Router router = Router.router(vertx);
        router.route(ApiRoutes.BASE + "/*").handler(BodyHandler.create(false).setBodyLimit(1 << 20));
        new VerifyRoutes(offload, TrustAnchors.of(List.of(PKI.root.certificate())), Clock.systemUTC()).mount(router);
        router.route(ApiRoutes.BASE + "/*").failureHandler(new ProblemResponder(1 << 20));
        server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
        client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.actualPort()));
    }

    @AfterEach
    void stop() {
        client.close();
        offload.close();
        await(server.close());
    }

    HttpResponse<Buffer> post(String query, String type, byte[] body) {
        var request = client.post(VerifyRoutes.PATH + query);
        if (type != null) request.putHeader("Content-Type", type);
        return await(request.sendBuffer(Buffer.buffer(body)));
    }

    @Test
    void a_signed_invitation_is_reported_valid_signature_by_signature() {
        HttpResponse<Buffer> r = post("", "application/pdf", SIGNED);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject report = r.bodyAsJsonObject();
        assertThat(report.getBoolean("valid")).as(report.encodePrettily()).isTrue();
        JsonArray signatures = report.getJsonArray("signatures");
        assertThat(signatures).hasSize(2);
        JsonObject first = signatures.getJsonObject(0);
        assertThat(first.getString("signer")).isEqualTo("Trần Văn B");
        assertThat(first.getString("organisation")).isEqualTo("Sở Nội vụ tỉnh Hà Tĩnh");
        assertThat(first.getString("integrity")).isEqualTo("INTACT");
        assertThat(first.getJsonObject("chain").getBoolean("trusted")).isTrue();
        assertThat(first.getJsonObject("timestamp").getBoolean("trusted")).isTrue();
        assertThat(first.getJsonObject("revocation").getString("status")).isEqualTo("GOOD");
        assertThat(first.getString("claimedSigningTime")).endsWith("+07:00");
        assertThat(report.getString("report")).contains("Kết luận: mọi chữ ký đều hợp lệ.");
    }

    @Test
    void a_changed_byte_is_reported_modified_in_English_on_request() {
        byte[] changed = SIGNED.clone();
        changed[20] ^= 0x01;
        JsonObject report = post("?lang=en", "application/pdf", changed).bodyAsJsonObject();
        assertThat(report.getBoolean("valid")).isFalse();
        assertThat(report.getJsonArray("signatures").getJsonObject(0).getString("integrity")).isEqualTo("MODIFIED");
        assertThat(report.getString("report")).contains("MODIFIED after signing");
    }

    @Test
    void the_whole_server_takes_a_pdf_here_though_its_other_routes_read_only_json_or_yaml(Vertx vertx) {
        try (TestServer whole = TestServer.start(vertx, RuleEngine.standard())) {
            HttpResponse<Buffer> r = await(whole.client.post(VerifyRoutes.PATH).putHeader("Content-Type", "application/pdf")
                    .sendBuffer(Buffer.buffer(SIGNED)));
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
            assertThat(r.bodyAsJsonObject().getJsonArray("signatures")).hasSize(2);
            HttpResponse<Buffer> elsewhere = await(whole.client.post(ApiRoutes.BASE + "/check")
                    .putHeader("Content-Type", "application/pdf").sendBuffer(Buffer.buffer(SIGNED)));
            assertThat(elsewhere.statusCode()).isEqualTo(415);
        }
    }

    @Test
    void a_body_that_is_not_a_pdf_is_a_400_problem_in_Vietnamese() {
        HttpResponse<Buffer> r = post("", "application/pdf", "xin chào".getBytes());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(r.bodyAsJsonObject().getString("detail")).startsWith("Tệp gửi lên không phải PDF đọc được");
    }

    @Test
    void another_content_type_is_415_and_an_empty_body_400() {
        assertThat(post("", "application/json", "{}".getBytes()).statusCode()).isEqualTo(415);
        assertThat(post("", "application/pdf", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(post("?lang=fr", "application/pdf", SIGNED).statusCode()).isEqualTo(400);
    }

    @Test
    void the_route_is_mounted_in_the_web_server_which_trusts_no_root_unless_configured(Vertx vertx) {
        try (TestServer web = TestServer.start(vertx, RuleEngine.standard())) {
            HttpResponse<Buffer> r = await(web.client.post(VerifyRoutes.PATH).putHeader("Content-Type", "application/pdf")
                    .sendBuffer(Buffer.buffer(SIGNED)));
            assertThat(r.statusCode()).isEqualTo(200);
            JsonObject report = r.bodyAsJsonObject();
            assertThat(report.getBoolean("valid")).isFalse();
            assertThat(report.getJsonArray("signatures").getJsonObject(0).getJsonObject("chain").getString("reason"))
                    .startsWith("chưa có chứng thư gốc tin cậy nào");
        }
    }
}

package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;
import vn.giaymoi.web.testing.TestServer;

/**
 * The clerk's issue signs with the organisation's key when its signing settings are saved: the download is the PDF
 * signed at issue time; a certificate that may not sign refuses the issue with nothing changed; a failure after the
 * number leaves it "chưa ký" (no download, no sending) until the clerk's retry signs it.
 */
@ExtendWith(VertxExtension.class)
class SigningApiTest {
    private static final String BASE = ApiRoutes.BASE;
    private static final TestPki PKI = TestPki.shared();
    private static final String PASSWORD = "khoa-co-quan-2026";
    private static final String JSON = new InvitationFormat().write(draft(), Syntax.JSON);

    private TestServer server;
    private vn.giaymoi.store.jdbc.Database db;
    private Path keys;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path folder) throws Exception {
        keys = Files.createDirectories(folder.resolve("keys"));
        Path own = Files.createDirectories(keys.resolve(OrganisationId.FIRST.toString()));
        PKI.organisation.writePkcs12(own.resolve("co-quan.p12"), PASSWORD.toCharArray());
        PKI.expired.writePkcs12(own.resolve("het-han.p12"), PASSWORD.toCharArray());
        // a key of another organisation, in its own folder: out of this organisation's reach
        PKI.organisation.writePkcs12(Files.createDirectories(keys.resolve("khac")).resolve("khac.p12"), PASSWORD.toCharArray());
        db = vn.giaymoi.store.jdbc.Database.openEmbedded(folder.resolve("db"));
        server = TestServer.startWithSending(vertx, db, Map.of("GIAYMOI_SIGN_KEYS", keys.toString(),
                "GIAYMOI_SIGN_PASSWORD", PASSWORD, "GIAYMOI_DB_PASSWORD", PASSWORD));
        // the organisation's profile names the fixture's signer in its roster
        String profile = Files.readString(Path.of("../examples/profile/ubnd-tinh-ha-tinh.yaml"))
                .replace("Trần Công Thành", "Nguyễn Văn A");
        assertThat(await(server.client.put(BASE + "/organisations/" + OrganisationId.FIRST + "/profile")
                .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(profile, "UTF-8"))).statusCode())
                .isEqualTo(204);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    private static Invitation draft() {
        return Invitations.aGiayMoi().withNumber(DocumentNumber.draft("GM-UBND")).withDateLine(DateLine.draft("Hà Tĩnh", 2026));
    }

    private static String settings(String keyFile, String variable, String tsa, String signer) {
        JsonObject s = new JsonObject()
                .put("key", new JsonObject().put("pkcs12", keyFile).put("passwordVariable", variable))
                .put("seal", Base64.getEncoder().encodeToString(TestImages.seal()))
                .put("signers", new JsonObject().put(signer, Base64.getEncoder().encodeToString(TestImages.signature())));
        if (tsa != null) s.put("tsa", tsa);
        return s.encode();
    }

    private HttpResponse<Buffer> send(WebClient client, HttpMethod method, String uri, String body) {
        var request = client.request(method, uri);
        if (body == null) return await(request.send());
        request.putHeader("Content-Type", "application/json");
        return await(request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private HttpResponse<Buffer> saveSettings(String body) {
        return send(server.client, HttpMethod.PUT, BASE + "/organisations/" + OrganisationId.FIRST + "/signing", body);
    }

    private String approved() {
        HttpResponse<Buffer> created = send(server.client, HttpMethod.POST, BASE + "/invitations", JSON);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.bodyAsJsonObject().getString("id");
        assertThat(send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/approve", null).statusCode()).isEqualTo(200);
        return id;
    }

    private JsonObject signingState(String id) {
        HttpResponse<Buffer> r = send(server.client, HttpMethod.GET, BASE + "/invitations/" + id + "/signing", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.bodyAsJsonObject();
    }

    private static VerificationReport verify(byte[] pdf) {
        return new PdfSignatureVerifier().verify(pdf, TrustAnchors.of(List.of(PKI.root.certificate())), Instant.now());
    }

    @Test
    void the_clerks_issue_signs_and_the_download_is_the_signed_pdf_with_its_number() throws Exception {
        HttpResponse<Buffer> saved = saveSettings(settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", null, "Nguyễn Văn A"));
        assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(200);
        assertThat(saved.bodyAsJsonObject().getBoolean("maySign")).isTrue();
        assertThat(saved.bodyAsJsonObject().getJsonObject("certificate").getString("holder")).isEqualTo("Sở Nội vụ tỉnh Hà Tĩnh");

        String id = approved();
        assertThat(signingState(id).getString("state")).isEqualTo("none");
        HttpResponse<Buffer> issued = send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/issue", null);
        assertThat(issued.statusCode()).as(issued.bodyAsString()).isEqualTo(200);
        JsonObject state = signingState(id);
        assertThat(state.getString("state")).isEqualTo("signed");
        assertThat(state.getString("label")).isEqualTo("đã ký số");

        HttpResponse<Buffer> pdf = send(server.client, HttpMethod.GET, BASE + "/invitations/" + id + "/document?format=pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
        byte[] bytes = pdf.bodyAsBuffer().getBytes();
        assertThat(bytes).isEqualTo(db.signing().copy(vn.giaymoi.application.port.out.InvitationId.parse(id))
                .orElseThrow().pdf().orElseThrow());
        VerificationReport report = verify(bytes);
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures()).extracting(SignatureVerification::signer).containsExactly("Sở Nội vụ tỉnh Hà Tĩnh");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Số: 01/GM-UBND");
        }
        // a second download is the same bytes (kept, not signed anew)
        assertThat(send(server.client, HttpMethod.GET, BASE + "/invitations/" + id + "/document?format=pdf", null)
                .bodyAsBuffer().getBytes()).isEqualTo(bytes);
        Path shots = Path.of("target", "signed-issued.pdf");
        Files.write(shots, bytes); // for a look with pdftoppm and pdfsig
    }

    @Test
    void an_expired_organisation_certificate_refuses_the_issue_and_nothing_changes() {
        HttpResponse<Buffer> saved = saveSettings(settings("het-han.p12", "GIAYMOI_SIGN_PASSWORD", null, "Nguyễn Văn A"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.bodyAsJsonObject().getBoolean("maySign")).isFalse();
        assertThat(saved.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0).getString("id")).isEqualTo("SIGN-CERT-EXPIRED");

        String id = approved();
        HttpResponse<Buffer> refused = send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/issue", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.bodyAsJsonObject().getString("detail")).startsWith("Chưa ban hành: chứng thư số của cơ quan")
                .contains("đã hết hạn", "Thông tư 15/2025/TT-BKHCN", "Giấy mời chưa lấy số.");
        JsonObject invitation = send(server.client, HttpMethod.GET, BASE + "/invitations/" + id, null).bodyAsJsonObject();
        assertThat(invitation.getString("status")).isNotEqualTo("issued");
        assertThat(send(server.client, HttpMethod.GET, BASE + "/register?year=2026", null).bodyAsString()).doesNotContain(id);
        assertThat(signingState(id).getString("state")).isEqualTo("none");
    }

    @Test
    void a_failure_after_the_number_leaves_it_unsigned_without_download_or_sending_until_the_clerk_signs_again() {
        assertThat(saveSettings(settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", TestPki.unreachable().toString(),
                "Nguyễn Văn A")).statusCode()).isEqualTo(200);
        String id = approved();
        assertThat(send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/issue", null).statusCode()).isEqualTo(200);
        JsonObject state = signingState(id);
        assertThat(state.getString("state")).isEqualTo("unsigned");
        assertThat(state.getString("label")).isEqualTo("chưa ký");
        assertThat(state.getString("problem")).startsWith("Máy chủ dấu thời gian");

        HttpResponse<Buffer> download = send(server.client, HttpMethod.GET, BASE + "/invitations/" + id + "/document?format=pdf", null);
        assertThat(download.statusCode()).isEqualTo(409);
        assertThat(download.bodyAsJsonObject().getString("reason")).isEqualTo("SIGN-NOT-SIGNED");
        HttpResponse<Buffer> sending = send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/send", null);
        assertThat(sending.statusCode()).isEqualTo(409);
        assertThat(sending.bodyAsJsonObject().getString("detail")).contains("chưa ký số");

        WebClient drafter = server.userWith("soanthao", OrganisationId.FIRST, Role.DRAFTER);
        assertThat(send(drafter, HttpMethod.POST, BASE + "/invitations/" + id + "/sign", null).statusCode()).isEqualTo(403);

        assertThat(saveSettings(settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", PKI.tsaUrl().toString(), "Nguyễn Văn A"))
                .statusCode()).isEqualTo(200);
        HttpResponse<Buffer> retried = send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/sign", null);
        assertThat(retried.statusCode()).as(retried.bodyAsString()).isEqualTo(200);
        assertThat(retried.bodyAsJsonObject().getString("state")).isEqualTo("signed");
        byte[] signed = send(server.client, HttpMethod.GET, BASE + "/invitations/" + id + "/document?format=pdf", null)
                .bodyAsBuffer().getBytes();
        VerificationReport report = verify(signed);
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures().get(0).timestamp()).as("B-T with the timestamp authority").isPresent();
    }

    @Test
    void settings_are_refused_with_the_field_when_they_point_outside_or_at_another_secret_or_name_a_stranger() {
        for (String outside : List.of("../co-quan.p12", "../khac/khac.p12", "/etc/passwd")) {
            HttpResponse<Buffer> r = saveSettings(settings(outside, "GIAYMOI_SIGN_PASSWORD", null, "Nguyễn Văn A"));
            assertThat(r.statusCode()).as(outside).isEqualTo(400);
            assertThat(r.bodyAsJsonObject().getString("detail")).as(outside)
                    .startsWith("key.pkcs12: tệp phải nằm trong thư mục khóa của cơ quan");
        }
        HttpResponse<Buffer> secret = saveSettings(settings("co-quan.p12", "GIAYMOI_DB_PASSWORD", null, "Nguyễn Văn A"));
        assertThat(secret.statusCode()).isEqualTo(400);
        assertThat(secret.bodyAsJsonObject().getString("detail")).contains("phải bắt đầu bằng GIAYMOI_SIGN_");
        HttpResponse<Buffer> stranger = saveSettings(settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", null, "Người Lạ"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.bodyAsJsonObject().getString("detail")).contains("'Người Lạ' không có trong danh sách người ký");
        HttpResponse<Buffer> notPng = saveSettings(settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", null, "Nguyễn Văn A")
                .replaceFirst("\"seal\":\"[^\"]+\"", "\"seal\":\"" + Base64.getEncoder().encodeToString("GIF89a".getBytes()) + "\""));
        assertThat(notPng.statusCode()).isEqualTo(400);
        assertThat(notPng.bodyAsJsonObject().getString("detail")).startsWith("seal: không phải ảnh PNG");
        WebClient clerk = server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK);
        assertThat(send(clerk, HttpMethod.PUT, BASE + "/organisations/" + OrganisationId.FIRST + "/signing",
                settings("co-quan.p12", "GIAYMOI_SIGN_PASSWORD", null, "Nguyễn Văn A")).statusCode()).isEqualTo(403);
        // nothing was kept: an issue is not signed
        String id = approved();
        assertThat(send(server.client, HttpMethod.POST, BASE + "/invitations/" + id + "/issue", null).statusCode()).isEqualTo(200);
        assertThat(signingState(id).getString("state")).isEqualTo("none");
        assertThat(signingState(id).getBoolean("configured")).isFalse();
    }
}

package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.importer.testing.HostileWordFiles;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.web.testing.TestServer;

/** {@code POST /api/v1/import}: a Word file in, the draft, the import report and the findings out; bad files are 4xx. */
@ExtendWith(VertxExtension.class)
class ImportApiTest {
    private TestServer server;

    @BeforeEach
    void start(Vertx vertx) {
        server = TestServer.start(vertx, RuleEngine.standard());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Invitation seed() {
        return ((Parsed.Ok) new InvitationFormat().read(Path.of("..", "examples", "seed-004.yaml"))).invitation();
    }

    private HttpResponse<Buffer> upload(String name, byte[] bytes) {
        return await(server.client.post(ImportRoutes.PATH).sendMultipartForm(MultipartForm.create()
                .binaryFileUpload("file", name, Buffer.buffer(bytes), "application/octet-stream")));
    }

    @Test
    void a_docx_comes_back_as_a_draft_with_its_report_and_findings() {
        HttpResponse<Buffer> r = upload("cong-van.docx", new InvitationRenderer().render(seed(), Format.DOCX).bytes());
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
        JsonObject body = r.bodyAsJsonObject();
        assertThat(body.getBoolean("complete")).isTrue();
        assertThat(body.getJsonObject("draft").getString("number")).isEqualTo("5771/UBND-KSTTHC");
        assertThat(body.getJsonObject("draft").getString("kind")).isEqualTo("cong-van");
        assertThat(body.getJsonArray("formatFindings")).isEmpty();
        assertThat(body.getJsonArray("findings")).isNotNull();
        assertThat(body.getString("yaml")).contains("signer: Phạm Xuân Duệ");
        // the draft is accepted as it is by the invitations API
        HttpResponse<Buffer> saved = await(server.client.post(ApiRoutes.BASE + "/invitations")
                .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(body.getJsonObject("draft").encode())));
        assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(201);
    }

    @Test
    void a_file_that_is_not_word_is_415_in_vietnamese() {
        HttpResponse<Buffer> r = upload("gia.docx", "không phải Word".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(r.bodyAsJsonObject().getString("detail")).contains("không phải tệp Word .docx");
    }

    @Test
    void a_damaged_zip_is_422() {
        byte[] zip = new byte[200];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        HttpResponse<Buffer> r = upload("hong.docx", zip);
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
        assertThat(r.bodyAsJsonObject().getString("detail")).contains("không đọc được tệp Word");
    }

    @Test
    void an_upload_over_10_MiB_is_413() {
        HttpResponse<Buffer> r = upload("lon.docx", new byte[11 * 1024 * 1024]);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void no_file_is_400() {
        HttpResponse<Buffer> r = await(server.client.post(ImportRoutes.PATH).sendMultipartForm(
                MultipartForm.create().attribute("x", "y")));
        assertThat(r.statusCode()).isEqualTo(400);
    }

    /** The hostile files of the CLI's import tests, uploaded: each a 4xx problem in Vietnamese, never a 500 or a hang. */
    private void refused(String name, byte[] bytes, String says) {
        HttpResponse<Buffer> r = upload(name, bytes);
        assertThat(r.statusCode()).as(r.bodyAsString()).isBetween(400, 499);
        assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(r.bodyAsJsonObject().getString("detail")).contains(says).doesNotContain("Exception", "java.");
    }

    @Test
    void a_zip_bomb_is_refused() {
        refused("bom.docx", HostileWordFiles.zipBomb(), "bom nén");
    }

    @Test
    void an_xxe_is_refused_and_reads_nothing() {
        byte[] good = new InvitationRenderer().render(seed(), Format.DOCX).bytes();
        refused("xxe.docx", HostileWordFiles.withExternalEntity(good, "file:///etc/hostname", "Phạm Xuân Duệ"), "DOCTYPE");
    }

    @Test
    void a_password_protected_docx_is_refused() {
        byte[] plain = new InvitationRenderer().render(seed(), Format.DOCX).bytes();
        refused("khoa.docx", HostileWordFiles.passwordProtected(plain), "có mật khẩu");
    }

    @Test
    void an_old_binary_doc_is_refused() {
        refused("cu.doc", HostileWordFiles.oldBinaryDoc(), "tệp Word cũ (.doc");
    }
}

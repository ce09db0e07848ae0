package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.boot.WebConfig;
import vn.giaymoi.web.error.ProblemResponder;
import vn.giaymoi.web.testing.TestServer;

/** The invitation's life through the API, and the scenarios of issue 9 as regression tests. */
@ExtendWith(VertxExtension.class)
class LifecycleApiTest {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private TestServer start(Vertx vertx) {
        server = TestServer.start(vertx, RuleEngine.standard());
        return server;
    }

    private HttpResponse<Buffer> send(HttpMethod method, String uri, String body, String ifMatch) {
        var request = server.client.request(method, uri);
        if (body != null) request.putHeader("Content-Type", "application/json");
        if (ifMatch != null) request.putHeader("If-Match", ifMatch);
        return await(body == null ? request.send() : request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private HttpResponse<Buffer> post(String id, String step, String body) {
        return send(HttpMethod.POST, "/api/v1/invitations/" + id + "/" + step, body, null);
    }

    private JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private String create(Invitation inv) {
        return ok(send(HttpMethod.POST, "/api/v1/invitations", FORMAT.write(inv, Syntax.JSON), null), 201).getString("id");
    }

    private static Invitation draft() {
        Invitation g = Invitations.aGiayMoi();
        return g.withNumber(DocumentNumber.draft("GM-UBND")).withDateLine(DateLine.draft("Hà Tĩnh", 2026));
    }

    private String issued(Invitation inv) {
        String id = create(inv);
        ok(post(id, "submit", null), 200);
        ok(post(id, "approve", null), 200);
        ok(post(id, "issue", null), 200);
        return id;
    }

    @Test
    void each_state_offers_only_its_steps_and_a_return_carries_its_reason(Vertx vertx) {
        start(vertx);
        String id = create(draft());
        JsonObject d = ok(send(HttpMethod.GET, "/api/v1/invitations/" + id, null, null), 200);
        assertThat(d.getJsonArray("actions").getList()).containsExactly("edit", "submit", "delete", "duplicate");
        JsonObject s = ok(post(id, "submit", null), 200);
        assertThat(s.getString("status")).isEqualTo("submitted");
        assertThat(s.getJsonArray("actions").getList()).containsExactly("approve", "return", "duplicate");
        assertThat(post(id, "issue", null).statusCode()).as("not approved").isEqualTo(409);
        assertThat(post(id, "return", "{\"reason\": \"\"}").statusCode()).isEqualTo(422);
        assertThat(post(id, "return", "{\"why\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(post(id, "return", "{\"reason\": 5}").statusCode()).isEqualTo(400);
        JsonObject r = ok(post(id, "return", "{\"reason\": \"Thiếu người chủ trì\"}"), 200);
        assertThat(r.getString("status")).isEqualTo("returned");
        assertThat(r.getString("reason")).isEqualTo("Thiếu người chủ trì");
    }

    /** Regression: "+ Soạn giấy mời mới" → "Ban hành…" issued a blank template as 01/GM-UBND. */
    @Test
    void a_blank_template_is_422_with_findings_and_takes_no_number(Vertx vertx) {
        start(vertx);
        Invitation g = draft();
        Invitation blank = new Invitation(g.kind(), new Issuer("UBND TỈNH …", "SỞ …", null, AdministrativeLevel.PROVINCE, null),
                DocumentNumber.draft("GM-UBND"), DateLine.draft("…", 2026), RichText.of("…"), null, null, null, null,
                g.body(), g.form(), g.distribution(),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC", "…"));
        String id = create(blank);
        ok(post(id, "submit", null), 200);
        ok(post(id, "approve", null), 200);
        HttpResponse<Buffer> r = post(id, "issue", null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.bodyAsJsonObject().getJsonArray("findings").stream().map(f -> ((JsonObject) f).getString("ruleId") + " "
                + ((JsonObject) f).getString("path")).toList()).contains("ISSUE-PLACEHOLDER place",
                "ISSUE-PLACEHOLDER signature.signer", "ISSUE-PLACEHOLDER issuer.name", "ISSUE-PLACEHOLDER subject");
        JsonObject preview = ok(send(HttpMethod.GET, "/api/v1/invitations/" + issued(draft()) + "/issue-preview", null, null), 200);
        assertThat(preview.getString("status")).isEqualTo("issued");
        assertThat(ok(send(HttpMethod.GET, "/api/v1/register?year=2026", null, null), 200).getJsonArray("items"))
                .as("the blank took no number").hasSize(1);
    }

    /** Regression: after 01 dated today, an issue dated earlier gave 02 out of order. */
    @Test
    void a_back_dated_issue_is_422_and_the_preview_shows_it_first(Vertx vertx) {
        start(vertx);
        issued(draft());
        String id = create(draft());
        ok(post(id, "submit", null), 200);
        ok(post(id, "approve", null), 200);
        JsonObject preview = ok(send(HttpMethod.GET, "/api/v1/invitations/" + id + "/issue-preview?date=2026-05-02", null, null), 200);
        assertThat(preview.getString("number")).isEqualTo("02/GM-UBND");
        assertThat(preview.getBoolean("passes")).isFalse();
        HttpResponse<Buffer> r = post(id, "issue", "{\"date\": \"2026-05-02\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.bodyAsString()).contains("ISSUE-DATE-ORDER").contains("Điều 15.1.a");
        assertThat(ok(post(id, "issue", "{\"date\": \"2026-05-05\"}"), 200).getJsonObject("invitation").getString("number"))
                .isEqualTo("02/GM-UBND");
    }

    /** Regression: a stored draft with a hand-typed number and date downloaded as a CONFIRMED event. */
    @Test
    void the_calendar_of_a_stored_draft_is_tentative_even_with_a_typed_number(Vertx vertx) {
        start(vertx);
        String typed = create(Invitations.aGiayMoi()); // "05/GM-UBND", dated 05/5/2026, never issued
        HttpResponse<Buffer> ics = send(HttpMethod.GET, "/api/v1/invitations/" + typed + "/document?format=ics", null, null);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.bodyAsString()).contains("STATUS:TENTATIVE").doesNotContain("CONFIRMED");
        String real = issued(draft());
        assertThat(send(HttpMethod.GET, "/api/v1/invitations/" + real + "/document?format=ics", null, null).bodyAsString())
                .contains("STATUS:CONFIRMED");
    }

    /** Regression: any IllegalStateException, a font-cache failure included, was a 409 and was not logged. */
    @Test
    void a_render_failure_is_a_500_logged_with_an_error_id(Vertx vertx) {
        server = TestServer.start(vertx, WebConfig.onPort(0), RuleEngine.standard(), (inv, format, entry) -> {
            throw new IllegalStateException("font cache is corrupt");
        });
        Logger log = (Logger) LoggerFactory.getLogger(ProblemResponder.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            String id = create(draft());
            HttpResponse<Buffer> r = send(HttpMethod.GET, "/api/v1/invitations/" + id + "/document?format=pdf", null, null);
            assertThat(r.statusCode()).isEqualTo(500);
            String errorId = r.bodyAsJsonObject().getString("errorId");
            assertThat(errorId).matches("[0-9a-f]{8}");
            assertThat(r.bodyAsJsonObject().getString("detail")).contains(errorId).doesNotContain("font cache");
            assertThat(logged.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(errorId);
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("font cache is corrupt");
            });
        } finally {
            log.detachAppender(logged);
        }
    }

    @Test
    void a_save_over_a_stale_etag_is_412_and_loses_nothing(Vertx vertx) {
        start(vertx);
        String id = create(draft());
        HttpResponse<Buffer> got = send(HttpMethod.GET, "/api/v1/invitations/" + id, null, null);
        String etag = got.getHeader("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        String mine = FORMAT.write(draft().withSubject(RichText.of("Bản của tôi")), Syntax.JSON);
        String theirs = FORMAT.write(draft().withSubject(RichText.of("Bản của đồng nghiệp")), Syntax.JSON);
        HttpResponse<Buffer> first = send(HttpMethod.PUT, "/api/v1/invitations/" + id, theirs, etag);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isEqualTo("\"2\"");
        HttpResponse<Buffer> late = send(HttpMethod.PUT, "/api/v1/invitations/" + id, mine, etag);
        assertThat(late.statusCode()).isEqualTo(412);
        assertThat(late.bodyAsJsonObject().getInteger("currentVersion")).isEqualTo(2);
        assertThat(late.bodyAsJsonObject().getString("reason")).isEqualTo("LIFE-STALE");
        JsonObject now = ok(send(HttpMethod.GET, "/api/v1/invitations/" + id, null, null), 200);
        assertThat(now.getJsonObject("invitation").getString("subject")).isEqualTo("Bản của đồng nghiệp");
        assertThat(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/submit", null, etag).statusCode()).isEqualTo(412);
        assertThat(send(HttpMethod.PUT, "/api/v1/invitations/" + id, mine, "\"abc\"").statusCode()).isEqualTo(400);
        assertThat(send(HttpMethod.PUT, "/api/v1/invitations/" + id, mine, "*").statusCode()).as("any version").isEqualTo(200);
    }

    @Test
    void a_follow_up_is_201_with_follows_and_supersedes_the_original_once_issued(Vertx vertx) {
        start(vertx);
        String original = issued(draft());
        assertThat(post(original, "follow-ups", "{\"type\": \"merge\"}").statusCode()).isEqualTo(400);
        HttpResponse<Buffer> created = post(original, "follow-ups", "{\"type\": \"cancellation\"}");
        JsonObject cancel = ok(created, 201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/invitations/" + cancel.getString("id"));
        assertThat(cancel.getJsonObject("follows").getMap()).containsEntry("id", original)
                .containsEntry("number", "01/GM-UBND").containsEntry("type", "cancellation");
        assertThat(cancel.getJsonObject("invitation").getString("kind")).isEqualTo("cong-van");

        Invitation written = FORMAT.read(cancel.getJsonObject("invitation").encode(), Syntax.JSON, "x").fold(i -> i, p -> null)
                .withBody(List.of(Point.paragraph("Cuộc họp sẽ không tổ chức vì lãnh đạo đi công tác."),
                        Point.paragraph("Xin thông báo để các cơ quan, đơn vị, cá nhân biết./.")));
        String id = cancel.getString("id");
        ok(send(HttpMethod.PUT, "/api/v1/invitations/" + id, FORMAT.write(written, Syntax.JSON), null), 200);
        ok(post(id, "submit", null), 200);
        ok(post(id, "approve", null), 200);
        ok(post(id, "issue", null), 200);

        JsonObject o = ok(send(HttpMethod.GET, "/api/v1/invitations/" + original, null, null), 200);
        assertThat(o.getJsonObject("supersededBy").getMap()).containsEntry("id", id).containsEntry("number", "01/UBND");
        String ics = send(HttpMethod.GET, "/api/v1/invitations/" + id + "/document?format=ics", null, null).bodyAsString();
        assertThat(ics).contains("METHOD:CANCEL").contains("STATUS:CANCELLED").contains("SEQUENCE:1");
    }

    @Test
    void a_revoked_number_is_kept_in_the_register_exported_as_csv_and_xlsx(Vertx vertx) throws Exception {
        start(vertx);
        String first = issued(draft());
        assertThat(post(first, "revoke", "{}").statusCode()).isEqualTo(422);
        JsonObject revoked = ok(post(first, "revoke", "{\"reason\": \"Cấp nhầm số\"}"), 200);
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        String second = issued(draft());
        assertThat(ok(send(HttpMethod.GET, "/api/v1/invitations/" + second, null, null), 200).getJsonObject("invitation")
                .getString("number")).isEqualTo("02/GM-UBND");

        JsonObject register = ok(send(HttpMethod.GET, "/api/v1/register?year=2026", null, null), 200);
        assertThat(register.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("number") + " "
                + ((JsonObject) i).getString("statusText")).toList())
                .containsExactly("01/GM-UBND đã thu hồi: Cấp nhầm số", "02/GM-UBND đã ban hành");

        HttpResponse<Buffer> csv = send(HttpMethod.GET, "/api/v1/register?year=2026&format=csv", null, null);
        assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
        String text = csv.bodyAsString(StandardCharsets.UTF_8.name());
        assertThat(text).startsWith("\uFEFFSố, ký hiệu".substring(0, 1)).contains("\"01/GM-UBND\"".replace("\"", ""))
                .contains("05/05/2026").contains("Cấp nhầm số");

        HttpResponse<Buffer> xlsx = send(HttpMethod.GET, "/api/v1/register?year=2026&format=xlsx", null, null);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("so-van-ban-di-2026.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
            Row one = sheet.getRow(1);
            assertThat(one.getCell(0).getStringCellValue()).isEqualTo("01/GM-UBND");
            assertThat(one.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 5, 5));
            assertThat(one.getCell(5).getStringCellValue()).isEqualTo("đã thu hồi: Cấp nhầm số");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(send(HttpMethod.GET, "/api/v1/register?year=20x6", null, null).statusCode()).isEqualTo(400);
        assertThat(send(HttpMethod.GET, "/api/v1/register?format=pdf", null, null).statusCode()).isEqualTo(400);
    }
}

package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.Format;
import vn.giaymoi.web.boot.WebConfig;
import vn.giaymoi.web.testing.TestServer;

@ExtendWith(VertxExtension.class)
class ApiTest {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    /** Blocks issuing while the subject still says so: lets the tests reach the 422 path whatever the rules are. */
    private static final Rule NOT_FINISHED = new Rule() {
        @Override
        public String id() {
            return "TEST-UNFINISHED";
        }

        @Override
        public String title() {
            return "Chưa xong";
        }

        @Override
        public List<Finding> check(Invitation inv, vn.giaymoi.domain.rules.CheckContext ctx) {
            if (!inv.subject().plain().contains("CHƯA XONG")) return List.of();
            return List.of(new Finding(id(), Severity.ERROR, "subject", "Trích yếu còn ghi CHƯA XONG",
                    "The subject still says CHƯA XONG", null, "CHƯA XONG", "thử nghiệm", null));
        }
    };
    /** Fails like a bug would: the server must answer 500 without a stack trace. */
    private static final Rule BROKEN = new Rule() {
        @Override
        public String id() {
            return "TEST-BROKEN";
        }

        @Override
        public String title() {
            return "Hỏng";
        }

        @Override
        public List<Finding> check(Invitation inv, vn.giaymoi.domain.rules.CheckContext ctx) {
            if (inv.subject().plain().contains("GÂY LỖI")) throw new ArithmeticException("boom");
            return List.of();
        }
    };

    private TestServer server;

    @BeforeEach
    void start(Vertx vertx) {
        List<Rule> rules = new java.util.ArrayList<>(RuleEngine.standard().rules());
        rules.add(NOT_FINISHED);
        rules.add(BROKEN);
        server = TestServer.start(vertx, WebConfig.onPort(0), new RuleEngine(rules));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private HttpResponse<Buffer> send(HttpMethod method, String uri, String contentType, String body) {
        var request = server.client.request(method, uri);
        if (contentType != null) request.putHeader("Content-Type", contentType);
        return await(body == null ? request.send() : request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private HttpResponse<Buffer> get(String uri) {
        return send(HttpMethod.GET, uri, null, null);
    }

    private static String json(Invitation inv) {
        return FORMAT.write(inv, Syntax.JSON);
    }

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name), StandardCharsets.UTF_8);
    }

    private JsonObject create(Invitation inv) {
        HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations", "application/json", json(inv));
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
        return r.bodyAsJsonObject();
    }

    /** Takes a stored draft through submit and approve, so it may be issued. */
    private void approve(String id) {
        for (String step : List.of("submit", "approve")) {
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations/" + id + "/" + step, null, null);
            assertThat(r.statusCode()).as(step + ": " + r.bodyAsString()).isEqualTo(200);
        }
    }

    private static Invitation draft(Invitation inv) {
        return inv.withNumber(vn.giaymoi.domain.invitation.DocumentNumber.draft(inv.number().symbol()))
                .withDateLine(vn.giaymoi.domain.invitation.DateLine.draft(inv.dateLine().place(), 2026));
    }

    /** The same invitation meeting on {@code day} at 08:00 (its second point holds the session). */
    private static Invitation meetingOn(Invitation inv, java.time.LocalDate day) {
        List<vn.giaymoi.domain.invitation.Point> body = new java.util.ArrayList<>(inv.body());
        body.set(1, vn.giaymoi.domain.invitation.Point.of(vn.giaymoi.domain.invitation.Marker.NUMBER,
                "Thời gian: {start}, {weekday}, ngày {date}.",
                vn.giaymoi.domain.meeting.Session.at(day, java.time.LocalTime.of(8, 0))));
        return inv.withBody(body);
    }

    private static void assertProblem(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
        JsonObject p = r.bodyAsJsonObject();
        assertThat(p.getInteger("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getJsonArray("problems")).isNotNull();
        assertThat(r.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    // ---- check -------------------------------------------------------------------------------------------

    @Nested
    class Check {
        @Test
        void reports_findings_with_every_field_in_vietnamese_or_english() {
            Invitation unpadded = Invitations.aGiayMoi().withDateLine(new vn.giaymoi.domain.invitation.DateLine("Hà Tĩnh", "5", "05", 2026));
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/json", json(unpadded));
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
            JsonObject body = r.bodyAsJsonObject();
            assertThat(body.getBoolean("passes")).isFalse();
            JsonObject f = finding(body.getJsonArray("findings"), "ND30-DATE-PAD");
            assertThat(f.getString("severity")).isEqualTo("error");
            assertThat(f.getString("path")).isEqualTo("date.day");
            assertThat(f.getString("message")).contains("Ngày dưới 10");
            assertThat(f.getString("expected")).isEqualTo("05");
            assertThat(f.getString("actual")).isEqualTo("5");
            assertThat(f.getString("basis")).contains("30/2020");
            assertThat(f.getBoolean("fixable")).isTrue();

            HttpResponse<Buffer> en = send(HttpMethod.POST, "/api/v1/check?lang=en", "application/json", json(unpadded));
            assertThat(finding(en.bodyAsJsonObject().getJsonArray("findings"), "ND30-DATE-PAD").getString("message"))
                    .contains("leading zero");
        }

        private static JsonObject finding(JsonArray findings, String ruleId) {
            return findings.stream().map(JsonObject.class::cast).filter(o -> o.getString("ruleId").equals(ruleId))
                    .findFirst().orElseThrow(() -> new AssertionError(ruleId + " not in " + findings.encode()));
        }

        @Test
        void accepts_yaml_seeds() throws Exception {
            for (String type : List.of("application/yaml", "text/yaml")) {
                HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", type, seed("seed-000.yaml"));
                assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
                assertThat(r.bodyAsJsonObject().getJsonArray("findings")).isNotNull();
            }
        }

        @Test
        void broken_yaml_is_400_with_line_and_column() {
            String broken = "kind: giay-moi\nsubject: Họp\nissuer: {name: \"UBND\"\nplace: Hà Tĩnh\n";
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/yaml", broken);
            assertProblem(r, 400);
            JsonObject p = r.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0);
            assertThat(p.getInteger("line")).isGreaterThan(1);
            assertThat(p.getInteger("column")).isPositive();
            assertThat(p.getString("message")).contains("cú pháp");
        }

        @Test
        void unknown_field_is_400_naming_the_key_and_where() throws Exception {
            String yaml = seed("seed-001.yaml").replaceFirst("\nsubject:", "\nsubjet: x\nsubject:");
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/yaml", yaml);
            assertProblem(r, 400);
            JsonObject p = r.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0);
            assertThat(p.getString("message")).contains("subjet").contains("subject");
            assertThat(p.getInteger("line")).isPositive();
        }

        @Test
        void a_domain_rejection_names_the_field() {
            String body = json(Invitations.aGiayMoi()).replace("\"KT. CHỦ TỊCH\"", "\"KÝ THAY CHỦ TỊCH\"");
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/json", body);
            assertProblem(r, 400);
            assertThat(r.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0).getString("path"))
                    .isEqualTo("signature.authority[0]");
        }

        @Test
        void oversized_body_is_413() {
            String huge = "subject: " + "x".repeat((int) WebConfig.DEFAULT_MAX_BODY_BYTES + 10);
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/yaml", huge);
            assertProblem(r, 413);
            assertThat(r.bodyAsJsonObject().getString("detail")).contains("quá");
        }

        @Test
        void other_media_types_are_415_and_bad_language_400() {
            assertProblem(send(HttpMethod.POST, "/api/v1/check", "text/plain", "kind: giay-moi"), 415);
            assertProblem(send(HttpMethod.POST, "/api/v1/check?lang=fr", "application/json", json(Invitations.aGiayMoi())), 400);
        }

        @Test
        void an_unexpected_failure_is_500_without_a_stack_trace() {
            Invitation bad = Invitations.aGiayMoi().withSubject(vn.giaymoi.domain.text.RichText.of("GÂY LỖI"));
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/json", json(bad));
            assertProblem(r, 500);
            assertThat(r.bodyAsString()).doesNotContain("boom");
        }
    }

    // ---- render ------------------------------------------------------------------------------------------

    @Nested
    class Render {
        @Test
        void every_format_comes_back_with_its_media_type_and_file_name() {
            for (Format f : Format.values()) {
                HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/render?format=" + f.extension(),
                        "application/json", json(Invitations.aGiayMoi()));
                assertThat(r.statusCode()).as(f + ": " + r.bodyAsString()).isEqualTo(200);
                assertThat(r.getHeader("Content-Type")).isEqualTo(f.mediaType());
                assertThat(r.getHeader("Content-Disposition"))
                        .contains("filename=\"giay-moi-05-GM-UBND." + f.extension() + "\"");
                assertThat(r.body().length()).isPositive();
            }
        }

        @Test
        void text_holds_the_document() {
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/render?format=txt", "application/json",
                    json(Invitations.aGiayMoi()));
            assertThat(r.bodyAsString()).contains("Dự họp triển khai công tác chuyển đổi số").contains("05/GM-UBND");
        }

        @Test
        void unknown_or_missing_format_is_400_listing_the_known() {
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/render?format=odt", "application/json",
                    json(Invitations.aGiayMoi()));
            assertProblem(r, 400);
            assertThat(r.bodyAsJsonObject().getString("detail")).contains("odt").contains("txt");
            assertProblem(send(HttpMethod.POST, "/api/v1/render", "application/json", json(Invitations.aGiayMoi())), 400);
        }

        @Test
        void formats_lists_what_the_renderer_offers() {
            JsonArray list = get("/api/v1/formats").bodyAsJsonObject().getJsonArray("formats");
            assertThat(list.stream().map(o -> ((JsonObject) o).getString("name")).toList())
                    .containsExactlyElementsOf(java.util.Arrays.stream(Format.values()).map(Format::extension).toList());
        }
    }

    // ---- invitations -------------------------------------------------------------------------------------

    @Nested
    class Invitations_ {
        @Test
        void create_get_update_versions_and_delete() {
            JsonObject created = create(draft(Invitations.aGiayMoi()));
            String id = created.getString("id");
            assertThat(created.getInteger("version")).isEqualTo(1);
            assertThat(created.getString("status")).isEqualTo("draft");
            assertThat(created.getString("savedAt")).isEqualTo("2026-05-05T01:00:00Z");
            assertThat(created.getJsonObject("invitation").getString("subject")).isEqualTo("Dự họp triển khai công tác chuyển đổi số");

            HttpResponse<Buffer> got = get("/api/v1/invitations/" + id);
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.bodyAsJsonObject()).isEqualTo(created);

            String yaml = FORMAT.write(draft(Invitations.aGiayMoi()).withSubject(vn.giaymoi.domain.text.RichText.of("Họp giao ban")), Syntax.YAML);
            HttpResponse<Buffer> put = send(HttpMethod.PUT, "/api/v1/invitations/" + id, "application/yaml", yaml);
            assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
            assertThat(put.bodyAsJsonObject().getInteger("version")).isEqualTo(2);

            JsonArray versions = get("/api/v1/invitations/" + id + "/versions").bodyAsJsonObject().getJsonArray("items");
            assertThat(versions).hasSize(2);
            assertThat(versions.getJsonObject(0).getJsonObject("invitation").getString("subject")).contains("chuyển đổi số");
            assertThat(versions.getJsonObject(1).getJsonObject("invitation").getString("subject")).isEqualTo("Họp giao ban");

            HttpResponse<Buffer> bad = send(HttpMethod.PUT, "/api/v1/invitations/" + id, "application/yaml", "kind: [");
            assertProblem(bad, 400);
            assertThat(get("/api/v1/invitations/" + id).bodyAsJsonObject().getInteger("version")).isEqualTo(2);

            assertThat(send(HttpMethod.DELETE, "/api/v1/invitations/" + id, null, null).statusCode()).isEqualTo(204);
            assertProblem(get("/api/v1/invitations/" + id), 404);
            assertThat(get("/api/v1/invitations").bodyAsJsonObject().getLong("total")).isZero();
        }

        @Test
        void list_filters_by_text_status_and_date() {
            create(draft(Invitations.aGiayMoi()));
            JsonObject other = create(draft(Invitations.aCongVan()));
            approve(other.getString("id"));
            HttpResponse<Buffer> issued = send(HttpMethod.POST, "/api/v1/invitations/" + other.getString("id") + "/issue",
                    null, null);
            assertThat(issued.statusCode()).as(issued.bodyAsString()).isEqualTo(200);

            assertThat(count("")).isEqualTo(2);
            assertThat(count("?text=" + java.net.URLEncoder.encode("V/V HỌP", StandardCharsets.UTF_8))).isEqualTo(1);
            assertThat(count("?text=" + java.net.URLEncoder.encode("không có", StandardCharsets.UTF_8))).isZero();
            assertThat(count("?status=draft")).isEqualTo(1);
            assertThat(count("?status=issued")).isEqualTo(1);
            // both meet on 12/5/2026; only the công văn has an issue date (5/5/2026, today)
            assertThat(count("?issuedTo=2026-05-06")).isEqualTo(1);
            assertThat(count("?issuedFrom=2026-05-12")).as("the meeting date is not the issue date").isZero();
            assertThat(count("?meetingFrom=2026-05-12&meetingTo=2026-05-12")).isEqualTo(2);
            assertThat(count("?meetingTo=2026-05-06")).as("the issue date is not the meeting date").isZero();
            assertThat(count("?meetingFrom=2026-05-13")).isZero();
            assertProblem(get("/api/v1/invitations?meetingFrom=12/5/2026"), 400);
            assertProblem(get("/api/v1/invitations?from=2026-05-12"), 400);
            assertProblem(get("/api/v1/invitations?status=sent"), 400);
        }

        private int count(String query) {
            HttpResponse<Buffer> r = get("/api/v1/invitations" + query);
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
            return r.bodyAsJsonObject().getInteger("total");
        }

        @Test
        void unknown_id_is_404_and_a_malformed_one_400() {
            String unknown = "/api/v1/invitations/" + java.util.UUID.randomUUID();
            assertProblem(get(unknown), 404);
            assertProblem(get(unknown + "/versions"), 404);
            assertProblem(get(unknown + "/document?format=txt"), 404);
            assertProblem(send(HttpMethod.PUT, unknown, "application/json", json(Invitations.aGiayMoi())), 404);
            assertProblem(send(HttpMethod.DELETE, unknown, null, null), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/issue", null, null), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/duplicate", null, null), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/submit", null, null), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/approve", null, null), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/return", "application/json", "{\"reason\":\"x\"}"), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/revoke", "application/json", "{\"reason\":\"x\"}"), 404);
            assertProblem(send(HttpMethod.POST, unknown + "/follow-ups", "application/json", "{\"type\":\"correction\"}"), 404);
            assertProblem(get(unknown + "/issue-preview"), 404);
            HttpResponse<Buffer> r = get("/api/v1/invitations/not-a-uuid");
            assertProblem(r, 400);
            assertThat(r.bodyAsJsonObject().getString("detail")).contains("not-a-uuid");
            assertProblem(get("/api/v1/nothing-here"), 404);
        }

        @Test
        void issue_numbers_from_the_register_in_order_and_freezes() {
            String a = create(draft(Invitations.aGiayMoi())).getString("id");
            String b = create(draft(Invitations.aGiayMoi())).getString("id");
            String c = create(draft(Invitations.aGiayMoi())).getString("id");
            approve(a);
            approve(b);
            approve(c);

            HttpResponse<Buffer> first = send(HttpMethod.POST, "/api/v1/invitations/" + a + "/issue", null, null);
            assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
            JsonObject issued = first.bodyAsJsonObject();
            assertThat(issued.getString("status")).isEqualTo("issued");
            assertThat(issued.getJsonObject("invitation").getString("number")).isEqualTo("01/GM-UBND");
            assertThat(issued.getJsonObject("invitation").getJsonObject("date").getMap())
                    .containsEntry("day", "05").containsEntry("month", "5").containsEntry("year", 2026);

            HttpResponse<Buffer> secondResponse = send(HttpMethod.POST, "/api/v1/invitations/" + b + "/issue",
                    "application/json", "{\"date\":\"2026-05-05\"}");
            assertThat(secondResponse.statusCode()).as(secondResponse.bodyAsString()).isEqualTo(200);
            assertThat(secondResponse.bodyAsJsonObject().getJsonObject("invitation").getString("number")).isEqualTo("02/GM-UBND");
            HttpResponse<Buffer> backDated = send(HttpMethod.POST, "/api/v1/invitations/" + c + "/issue",
                    "application/json", "{\"date\":\"2026-05-04\"}");
            assertProblem(backDated, 422);
            assertThat(Check.finding(backDated.bodyAsJsonObject().getJsonArray("findings"), "ISSUE-DATE-ORDER")
                    .getString("message")).contains("Điều 15.1.a");

            assertProblem(send(HttpMethod.PUT, "/api/v1/invitations/" + a, "application/json", json(Invitations.aGiayMoi())), 409);
            assertProblem(send(HttpMethod.DELETE, "/api/v1/invitations/" + a, null, null), 409);
            assertProblem(send(HttpMethod.POST, "/api/v1/invitations/" + a + "/issue", null, null), 409);

            HttpResponse<Buffer> doc = get("/api/v1/invitations/" + a + "/document?format=txt");
            assertThat(doc.statusCode()).isEqualTo(200);
            assertThat(doc.bodyAsString()).contains("01/GM-UBND");
            assertThat(doc.getHeader("Content-Disposition")).contains("giay-moi-01-GM-UBND.txt");
        }

        @Test
        void issue_with_rule_errors_is_422_with_findings_and_keeps_the_draft() {
            Invitation unfinished = draft(Invitations.aGiayMoi()).withSubject(vn.giaymoi.domain.text.RichText.of("Họp CHƯA XONG"));
            String id = create(unfinished).getString("id");
            approve(id);
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", null, null);
            assertProblem(r, 422);
            JsonObject f = Check.finding(r.bodyAsJsonObject().getJsonArray("findings"), "TEST-UNFINISHED");
            assertThat(f.getString("path")).isEqualTo("subject");
            JsonObject still = get("/api/v1/invitations/" + id).bodyAsJsonObject();
            assertThat(still.getString("status")).isEqualTo("approved");
            assertThat(still.getInteger("version")).isEqualTo(3);
        }

        @Test
        void issue_rejects_a_bad_body() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            assertProblem(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", "application/json", "{\"date\":\"31/12\"}"), 400);
            assertProblem(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", "application/json", "{\"day\":\"2026-12-31\"}"), 400);
            assertProblem(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", "application/json", "{oops"), 400);
        }

        @Test
        void duplicate_makes_a_new_draft_without_number_or_date() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            approve(id);
            assertThat(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", null, null).statusCode()).isEqualTo(200);
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations/" + id + "/duplicate", null, null);
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
            JsonObject copy = r.bodyAsJsonObject();
            assertThat(copy.getString("id")).isNotEqualTo(id);
            assertThat(r.getHeader("Location")).isEqualTo("/api/v1/invitations/" + copy.getString("id"));
            assertThat(copy.getString("status")).isEqualTo("draft");
            assertThat(copy.getJsonObject("invitation").getString("number")).isEqualTo("/GM-UBND");
            assertThat(copy.getJsonObject("invitation").getJsonObject("date").getString("day")).isEmpty();
            assertThat(copy.getJsonObject("invitation").getString("subject")).isEqualTo("Dự họp triển khai công tác chuyển đổi số");
        }

        @Test
        void every_format_of_a_stored_invitation_downloads() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            for (Format f : Format.values()) {
                HttpResponse<Buffer> r = get("/api/v1/invitations/" + id + "/document?format=" + f.extension());
                assertThat(r.statusCode()).as(f + ": " + r.bodyAsString()).isEqualTo(200);
                assertThat(r.getHeader("Content-Type")).isEqualTo(f.mediaType());
                assertThat(r.getHeader("Content-Disposition")).contains("giay-moi-du-thao-GM-UBND." + f.extension());
            }
        }
    }

    // ---- hardening ---------------------------------------------------------------------------------------

    @Nested
    class Hardening {
        @Test
        void ui_pages_carry_a_script_policy_and_no_sniffing() {
            for (String page : List.of("/", "/editor.html", "/editor.js", "/no-such-page.html")) {
                HttpResponse<Buffer> r = get(page);
                assertThat(r.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
                assertThat(r.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
                String csp = r.getHeader("Content-Security-Policy");
                assertThat(csp).as(page).contains("script-src 'self';").contains("object-src 'none'")
                        .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
                assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                        .doesNotContain("unsafe-inline");
            }
        }

        @Test
        void the_pages_run_no_inline_script_that_the_policy_would_block() throws Exception {
            for (String page : List.of("/", "/editor.html")) {
                String html = get(page).bodyAsString();
                assertThat(html).as(page).doesNotContainPattern("(?i)<script>|<script(?![^>]*\\ssrc=)[^>]*>")
                        .doesNotContainPattern("(?i)\\son[a-z]+=");
            }
            String editor = get("/editor.html").bodyAsString();
            assertThat(editor).containsPattern("<iframe[^>]*id=\"preview-frame\"[^>]*sandbox=\"[^\"]*\"");
            assertThat(editor.substring(editor.indexOf("<iframe"), editor.indexOf("</iframe>")))
                    .doesNotContain("allow-scripts");
        }

        @Test
        void api_answers_and_documents_cannot_run_script_or_be_sniffed() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            for (String uri : List.of("/api/v1/invitations", "/api/v1/invitations/" + id + "/document?format=html",
                    "/api/v1/invitations/nope")) {
                HttpResponse<Buffer> r = get(uri);
                assertThat(r.getHeader("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
                assertThat(r.getHeader("Content-Security-Policy")).as(uri).startsWith("default-src 'none'")
                        .contains("sandbox");
            }
        }

        @Test
        void downloads_are_attachments_named_in_ascii_and_in_vietnamese() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            HttpResponse<Buffer> pdf = get("/api/v1/invitations/" + id + "/document?format=pdf");
            assertThat(pdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"giay-moi-du-thao-GM-UBND.pdf\";"
                    + " filename*=UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di%20d%E1%BB%B1%20th%E1%BA%A3o%20GM-UBND.pdf");
            HttpResponse<Buffer> ics = get("/api/v1/invitations/" + id + "/document?format=ics");
            assertThat(ics.getHeader("Content-Disposition")).as("a download link saves the file, even a text one")
                    .startsWith("attachment;");

            approve(id);
            HttpResponse<Buffer> issued = send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", null, null);
            assertThat(issued.statusCode()).as(issued.bodyAsString()).isEqualTo(200);
            String header = get("/api/v1/invitations/" + id + "/document?format=docx").getHeader("Content-Disposition");
            assertThat(header).contains("filename=\"giay-moi-01-GM-UBND.docx\"");
            String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
            assertThat(java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .isEqualTo("Giấy mời 01-GM-UBND.docx");
        }

        @Test
        void a_vietnamese_or_hostile_symbol_stays_a_safe_file_name() {
            Invitation odd = draft(Invitations.aGiayMoi()).withNumber(
                    vn.giaymoi.domain.invitation.DocumentNumber.draft("GM-ĐHQG\"x"));
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/render?format=pdf", "application/json", json(odd));
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
            String header = r.getHeader("Content-Disposition");
            assertThat(header).startsWith("attachment; filename=\"giay-moi-du-thao-GM-DHQG-x.pdf\"; filename*=UTF-8''");
            assertThat(header.substring(header.indexOf("''") + 2)).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+");
        }

        @Test
        void list_parameters_that_cannot_match_are_400_not_an_empty_list() {
            HttpResponse<Buffer> reversed = get("/api/v1/invitations?meetingFrom=2026-05-12&meetingTo=2026-05-01");
            assertProblem(reversed, 400);
            assertThat(reversed.bodyAsJsonObject().getString("detail")).contains("2026-05-12").contains("2026-05-01");
            HttpResponse<Buffer> longText = get("/api/v1/invitations?text=" + "h%E1%BB%8Dp+".repeat(201));
            assertProblem(longText, 400);
            assertThat(longText.bodyAsJsonObject().getString("detail")).contains(String.valueOf(ApiRoutes.MAX_SEARCH_TEXT));
            for (String bad : List.of("page=0", "page=abc", "size=0", "size=201", "size=1.5")) {
                HttpResponse<Buffer> r = get("/api/v1/invitations?" + bad);
                assertProblem(r, 400);
                assertThat(r.bodyAsJsonObject().getString("detail")).as(bad).contains("Tham số " + bad.split("=")[0] + " ");
            }
            JsonObject ok = get("/api/v1/invitations?page=3&size=200").bodyAsJsonObject();
            assertThat(ok.getInteger("page")).isEqualTo(3);
            assertThat(ok.getInteger("size")).isEqualTo(200);
        }

        @Test
        void a_url_too_long_for_the_server_is_414_problem_json() {
            HttpResponse<Buffer> r = get("/api/v1/invitations?text=" + "a".repeat(10_000));
            assertProblem(r, 414);
            assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }

        @Test
        void an_empty_body_is_400_saying_so_and_changes_nothing() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            for (String type : List.of("application/json", "application/yaml")) {
                HttpResponse<Buffer> r = send(HttpMethod.PUT, "/api/v1/invitations/" + id, type, "");
                assertProblem(r, 400);
                assertThat(r.bodyAsJsonObject().getString("detail")).contains("trống");
            }
            assertProblem(send(HttpMethod.POST, "/api/v1/check", "application/json", "  \n"), 400);
            assertThat(get("/api/v1/invitations/" + id).bodyAsJsonObject().getInteger("version")).isEqualTo(1);
        }

        @Test
        void wrong_types_in_an_invitation_are_400_naming_the_field() {
            JsonObject good = new JsonObject(json(Invitations.aGiayMoi()));
            List<String[]> cases = List.of(new String[] {"subject", "[1, 2]"}, new String[] {"date", "5"},
                    new String[] {"issuer", "\"UBND\""}, new String[] {"body", "{\"a\": 1}"},
                    new String[] {"kind", "true"});
            for (String[] c : cases) {
                JsonObject bad = good.copy().put(c[0], io.vertx.core.json.Json.decodeValue(c[1]));
                HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations", "application/json", bad.encode());
                assertProblem(r, 400);
                assertThat(r.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0).getString("path"))
                        .as(c[0]).isEqualTo(c[0]);
            }
            assertThat(get("/api/v1/invitations").bodyAsJsonObject().getLong("total")).isZero();
        }

        @Test
        void a_malformed_issue_body_is_400() {
            String id = create(draft(Invitations.aGiayMoi())).getString("id");
            for (String body : List.of("{\"date\": 5}", "[\"2026-05-05\"]", "{\"date\": \"2026-02-30\"}",
                    "{\"date\": {\"y\": 2026}}", "\"2026-05-05\"")) {
                assertProblem(send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", "application/json", body), 400);
            }
            assertThat(get("/api/v1/invitations/" + id).bodyAsJsonObject().getString("status")).isEqualTo("draft");
        }
    }

    // ---- OpenAPI -----------------------------------------------------------------------------------------

    @Test
    void openapi_describes_every_endpoint() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("Content-Type")).startsWith("application/yaml");
        JsonNode doc = new YAMLMapper().readTree(r.bodyAsString());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.path("paths");
        List<String[]> endpoints = List.of(
                new String[] {"/check", "post"}, new String[] {"/render", "post"}, new String[] {"/formats", "get"},
                new String[] {"/invitations", "get"}, new String[] {"/invitations", "post"},
                new String[] {"/invitations/{id}", "get"}, new String[] {"/invitations/{id}", "put"},
                new String[] {"/invitations/{id}", "delete"}, new String[] {"/invitations/{id}/issue", "post"},
                new String[] {"/invitations/{id}/document", "get"}, new String[] {"/invitations/{id}/duplicate", "post"},
                new String[] {"/invitations/{id}/versions", "get"}, new String[] {"/openapi.yaml", "get"},
                new String[] {"/invitations/{id}/submit", "post"}, new String[] {"/invitations/{id}/approve", "post"},
                new String[] {"/invitations/{id}/return", "post"}, new String[] {"/invitations/{id}/revoke", "post"},
                new String[] {"/invitations/{id}/issue-preview", "get"}, new String[] {"/invitations/{id}/follow-ups", "post"},
                new String[] {"/register", "get"}, new String[] {"/verify", "post"},
                new String[] {"/invitations/{id}/send", "post"}, new String[] {"/invitations/{id}/remind", "post"},
                new String[] {"/invitations/{id}/replies", "get"}, new String[] {"/invitations/{id}/replies/{recipient}", "post"},
                new String[] {"/invitations/{id}/attendance", "get"}, new String[] {"/replies/{meeting}/{token}", "get"},
                new String[] {"/replies/{meeting}/{token}", "post"}, new String[] {"/fix", "post"});
        for (String[] e : endpoints) {
            assertThat(paths.path(e[0]).has(e[1])).as(e[1] + " " + e[0]).isTrue();
        }
        // that no other path is missing or extra: AccountsApiTest walks the router against this document
    }
}

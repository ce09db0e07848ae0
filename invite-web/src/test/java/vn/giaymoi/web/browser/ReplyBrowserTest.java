package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.sending.RetryPolicy;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.mail.DeliveryWorker;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.mail.SmtpSettings;
import vn.giaymoi.mail.SmtpTransport;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.web.boot.WebConfig;
import vn.giaymoi.web.boot.WebServer;
import vn.giaymoi.web.testing.TestServer;

/**
 * The reply flow end to end: the clerk sends through the API, the mail arrives at a real SMTP server, the recipient
 * opens their link in headless Chromium and chooses each answer, the dashboard shows it; a tampered, another
 * meeting's and an expired link get a clear page; the attendance list opens as XLSX and PDF.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ReplyBrowserTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    /** Each first recipient's link, as the first test received them. */
    static final Map<String, String> LINKS = new HashMap<>();
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Before the meeting of seed-001 (30/6/2025 15:00); a test moves it past the end. */
    private static final Instant[] NOW = {Instant.parse("2025-06-29T01:00:00Z")};
    private static final Clock CLOCK = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return TestServer.ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return NOW[0];
        }
    };

    @TempDir
    static Path folder;
    static Vertx vertx;
    static Database db;
    static WebServer server;
    static WebClient client;
    static ChromeDriver driver;
    static InvitationId id;
    static DeliveryWorker worker;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        db = Database.openEmbedded(folder.resolve("db"));
        InvitationService service = new InvitationService(db.invitations(), RuleEngine.standard(), CLOCK);
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Sending sending = new Sending(service, db.sending(), new InvitationRenderer(CLOCK), CLOCK,
                "http://localhost:" + port, "vanthu@hatinh.gov.vn");
        TestServer.firstAdmin(db.accounts());
        server = TestServer.await(WebServer.start(vertx, WebConfig.onPort(port), db.invitations(),
                new WebServer.Accounts(db.accounts(), TestServer.HASHER), CLOCK, RuleEngine.standard(), WebServer.Limits.DEFAULT, new InvitationRenderer()::render, sending));
        client = TestServer.bearer(vertx, port, db.accounts(), db.accounts().user(TestServer.ADMIN).orElseThrow());
        SmtpSettings smtp = SmtpSettings.from("smtp+plain://127.0.0.1:" + SMTP.getSmtp().getPort(), Map.of()).orElseThrow();
        worker = new DeliveryWorker(db.sending(), () -> Optional.of(new SmtpTransport(smtp)), RetryPolicy.STANDARD,
                CLOCK, "web-test");
        String yaml = Files.readString(Path.of("src/test/resources/seed-001-contacts.yaml"), StandardCharsets.UTF_8);
        var inv = new InvitationFormat().read(yaml, Syntax.YAML, "x").fold(i -> i, p -> {
            throw new AssertionError(p.toString());
        });
        id = ((Outcome.Done<vn.giaymoi.application.port.out.StoredInvitation>) service.create(inv)).value().id();
        service.submit(id, OptionalInt.empty());
        service.approve(id, OptionalInt.empty());
        assertThat(service.issue(id, OptionalInt.empty(), Optional.of(LocalDate.of(2025, 6, 29))))
                .isInstanceOf(Outcome.Done.class);
        driver = HeadlessChromium.start(folder.resolve("profile"), folder.resolve("downloads"));
        HeadlessChromium.logIn(driver, port, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (worker != null) worker.close();
        if (client != null) client.close();
        if (server != null) TestServer.await(server.stop());
        if (vertx != null) TestServer.await(vertx.close());
        if (db != null) db.close();
    }

    private static HttpResponse<Buffer> call(io.vertx.ext.web.client.HttpRequest<Buffer> r) {
        return TestServer.await(r.send());
    }

    private static Map<String, String> links() throws Exception {
        while (worker.runOnce() > 0) {
            // until the outbox is empty
        }
        Map<String, String> links = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            String to = m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
            String body = text((Multipart) m.getContent());
            links.put(to, Arrays.stream(body.split("\r?\n")).filter(l -> l.contains("/tra-loi/")).findFirst().orElseThrow());
        }
        return links;
    }

    private static String text(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.getContentType().startsWith("text/plain")) return (String) p.getContent();
            if (p.getContent() instanceof Multipart inner) {
                String t = text(inner);
                if (t != null) return t;
            }
        }
        return null;
    }

    private static void choose(String link, String answer, Map<String, String> fields) {
        driver.get(link);
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("reply-form")).isDisplayed());
        driver.findElement(By.cssSelector("input[name=answer][value=" + answer + "]")).click();
        fields.forEach((field, value) -> {
            var input = driver.findElement(By.id(field));
            input.clear();
            input.sendKeys(value);
        });
        driver.findElement(By.id("send")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Đã ghi nhận"));
    }

    private static String answerShown(String name) {
        driver.get("http://localhost:" + server.port() + "/gui.html?id=" + id);
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#replies tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td")).getText().startsWith(name)).map(tr -> tr.findElement(By.cssSelector(".answer")).getText())
                .findFirst().orElse(null));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void a_recipient_answers_each_way_through_their_link_and_the_dashboard_follows() throws Exception {
        HttpResponse<Buffer> sent = call(client.post("/api/v1/invitations/" + id + "/send"));
        assertThat(sent.statusCode()).as(sent.bodyAsString()).isEqualTo(202);
        assertThat(sent.bodyAsJsonObject().getInteger("queued")).isEqualTo(3);
        Map<String, String> links = links();
        LINKS.putAll(links);
        String chair = links.get("dtthang@hatinh.gov.vn");

        assertThat(answerShown("Dương Tất Thắng")).isEqualTo("Chưa trả lời");
        choose(chair, "attending", Map.of());
        assertThat(answerShown("Dương Tất Thắng")).isEqualTo("Tham dự");
        choose(chair, "declined", Map.of("reason", "Đi công tác Hà Nội"));
        assertThat(answerShown("Dương Tất Thắng")).isEqualTo("Không tham dự: Đi công tác Hà Nội");
        choose(links.get("vanphong@vnpt-hatinh.vn"), "delegated", Map.of("standin-name", "Lê Văn Bình",
                "standin-title", "Phó Giám đốc", "standin-phone", "0912 345 678", "standin-email", "binh@vnpt-hatinh.vn"));
        assertThat(answerShown("VNPT Hà Tĩnh")).isEqualTo("Cử người dự thay: Lê Văn Bình");
        // the stand-in has their own copy and link
        assertThat(links()).containsKey("binh@vnpt-hatinh.vn");
        assertThat(SMTP.getReceivedMessages()).hasSize(4);

        JsonObject replies = call(client.get("/api/v1/invitations/" + id + "/replies")).bodyAsJsonObject();
        assertThat(replies.getJsonObject("totals").getMap()).containsEntry("declined", 1).containsEntry("delegated", 1)
                .containsEntry("recipients", 5);

        HttpResponse<Buffer> xlsx = call(client.get("/api/v1/invitations/" + id + "/attendance?format=xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("Lê Văn Bình|Phó Giám đốc|VNPT Hà Tĩnh|0912 345 678|Dự thay cho VNPT Hà Tĩnh")
                    .contains("Không tham dự: Đi công tác Hà Nội");
        }
        HttpResponse<Buffer> pdf = call(client.get("/api/v1/invitations/" + id + "/attendance?format=pdf"));
        assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body().getBytes())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("DANH SÁCH ĐẠI BIỂU").contains("Lê Văn Bình").contains("Dương Tất Thắng");
        }
        assertThat(call(client.get("/api/v1/invitations/" + id + "/attendance?format=doc")).statusCode()).isEqualTo(400);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void a_tampered_another_meetings_and_an_expired_link_get_a_clear_page() throws Exception {
        String link = LINKS.get("dtthang@hatinh.gov.vn");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String meeting = link.split("/")[4];
        String tampered = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        assertRefused(tampered, "không đúng hoặc đã bị sửa");
        assertRefused(link.replace(meeting, java.util.UUID.randomUUID().toString()), "của một giấy mời khác");
        assertRefused(link.substring(0, link.lastIndexOf('/') + 1) + "%00%ff..", "không đúng");
        HttpResponse<Buffer> api = TestServer.await(client.post("/api/v1/replies/" + meeting + "/" + token + "x")
                .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer("{\"answer\":\"attending\"}")));
        assertThat(api.statusCode()).isEqualTo(403);
        Instant before = NOW[0];
        NOW[0] = Instant.parse("2025-07-01T00:00:00Z");
        try {
            assertRefused(link, "Cuộc họp đã kết thúc");
        } finally {
            NOW[0] = before;
        }
    }

    private static void assertRefused(String link, String sentence) {
        driver.get(link);
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("message")).getText().contains(sentence));
        assertThat(driver.findElement(By.id("reply-form")).isDisplayed()).isFalse();
    }
}

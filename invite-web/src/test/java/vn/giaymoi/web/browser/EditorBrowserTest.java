package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.web.testing.TestServer;

/**
 * The editor in headless Chromium (Debian's chromium + chromium-driver): typing updates the preview, a finding
 * focuses its field, and the saved invitation downloads as a PDF. Fails when Chromium is missing, unless
 * GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Vertx vertx;
    private TestServer server;
    private ChromeDriver driver;
    private String sampleId;

    @BeforeAll
    void start(@TempDir Path profile, @TempDir Path downloads) {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
        driver = HeadlessChromium.start(profile, downloads);
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    @BeforeEach
    void sample() throws Exception {
        String yaml = Files.readString(Path.of("..", "examples", "seed-000.yaml"));
        Parsed parsed = new InvitationFormat().read(yaml, vn.giaymoi.format.Syntax.YAML, "seed-000.yaml");
        StoredInvitation s = server.store.create(((Parsed.Ok) parsed).invitation(), TestServer.CLOCK.instant());
        sampleId = s.id().toString();
        driver.get("http://localhost:" + server.port() + "/editor.html?id=" + sampleId);
        waitForPreview("Tham dự Tọa đàm");
    }

    private String preview() {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById('preview-frame');"
                        + "return f.hidden ? document.getElementById('preview-text').textContent"
                        + " : (f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText : '');");
        return text == null ? "" : text.toString().replaceAll("\\s+", " ");
    }

    private void waitForPreview(String expected) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> preview().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Xem trước không hiện '" + expected + "' sau " + WAIT.toSeconds() + " s; đang hiện: " + preview());
        }
    }

    /** The preview and findings follow the form: none is due or on its way. */
    private boolean settled() {
        return !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return 'refreshing' in document.body.dataset"));
    }

    private WebElement input(String path) {
        return driver.findElement(By.cssSelector("[data-path=\"" + path + "\"]"));
    }

    @Test
    void typing_a_new_title_updates_the_preview() {
        WebElement subject = input("subject");
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        subject.sendKeys("Họp bàn kế hoạch chuyển đổi số năm 2026");
        waitForPreview("Họp bàn kế hoạch chuyển đổi số năm 2026");
        assertThat(preview()).doesNotContain("Tham dự Tọa đàm");
        assertThat(driver.findElement(By.id("saved")).getText()).contains("Chưa lưu");
    }

    @Test
    void a_finding_links_to_its_field() {
        WebElement day = input("date.day");
        day.sendKeys("7");
        input("date.month").sendKeys("5");
        By link = By.cssSelector("#findings-list a[data-target=\"date.day\"]");
        // the list is drawn anew by each keystroke's check: take the link once the last one is in
        new WebDriverWait(driver, WAIT).until(d -> settled() && !d.findElements(link).isEmpty());
        input("subject").click();
        driver.findElement(link).click();
        assertThat(driver.switchTo().activeElement().getAttribute("data-path")).isEqualTo("date.day");
    }

    @Test
    void a_failed_save_keeps_what_was_typed_says_why_and_still_guards_leaving() {
        WebElement subject = input("subject");
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        subject.sendKeys("Họp về kế hoạch năm sau");
        WebElement number = input("number");
        number.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        number.sendKeys("123456789012345"); // more than 11 digits: the server refuses the save
        driver.findElement(By.id("save")).click();

        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("banner")).isDisplayed());
        assertThat(driver.findElement(By.id("banner")).getText()).contains("Chưa lưu được").contains("số văn bản");
        assertThat(input("subject").getAttribute("value")).isEqualTo("Họp về kế hoạch năm sau");
        assertThat(input("number").getAttribute("value")).isEqualTo("123456789012345");
        assertThat(driver.findElement(By.id("saved")).getText()).contains("Chưa lưu");
        assertThat(driver.findElements(By.cssSelector("#findings-list a[data-target=\"number\"]"))).isNotEmpty();
        assertThat(server.store.find(vn.giaymoi.application.port.out.InvitationId.parse(sampleId)).orElseThrow()
                .version()).isEqualTo(1);
        Object guarded = ((JavascriptExecutor) driver).executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                        + " return e.defaultPrevented;");
        assertThat(guarded).as("leaving with unsaved changes asks first").isEqualTo(true);
    }

    @Test
    void a_new_invitation_from_the_list_previews_without_input_errors() {
        driver.get("http://localhost:" + server.port() + "/");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#items tbody tr")).isEmpty());
        driver.findElement(By.id("new")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("editor.html?new"));
        waitForPreview("Dự họp");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("findings-count")).getText().isEmpty());
        assertThat(driver.findElement(By.id("findings-list")).getText()).doesNotContain("Lỗi nhập");
    }

    @Test
    void the_list_comes_in_pages_of_50_with_next_and_previous() {
        long before = server.store.summaries(vn.giaymoi.application.port.out.InvitationQuery.all(), 1, 1).total();
        for (int i = 0; i < 60 - before; i++) {
            server.store.create(vn.giaymoi.domain.invitation.Invitations.aGiayMoi(),
                    TestServer.CLOCK.instant().plusSeconds(i + 1));
        }
        driver.get("http://localhost:" + server.port() + "/");
        WebElement range = driver.findElement(By.id("range"));
        new WebDriverWait(driver, WAIT).until(d -> range.getText().equals("1–50 / 60"));
        assertThat(driver.findElements(By.cssSelector("#items tbody tr"))).hasSize(50);
        assertThat(driver.findElement(By.id("prev")).isEnabled()).isFalse();

        driver.findElement(By.id("next")).click();
        new WebDriverWait(driver, WAIT).until(d -> range.getText().equals("51–60 / 60"));
        assertThat(driver.findElements(By.cssSelector("#items tbody tr"))).hasSize(10);
        assertThat(driver.findElement(By.id("next")).isEnabled()).isFalse();

        driver.findElement(By.id("prev")).click();
        new WebDriverWait(driver, WAIT).until(d -> range.getText().equals("1–50 / 60"));
    }

    @Test
    void the_preview_frame_is_sandboxed_without_scripts() {
        WebElement frame = driver.findElement(By.id("preview-frame"));
        assertThat(frame.getAttribute("sandbox")).isNotNull().doesNotContain("allow-scripts");
        Object ran = ((JavascriptExecutor) driver).executeScript(
                "const d = document.getElementById('preview-frame').contentDocument;"
                        + " const s = d.createElement('script'); s.textContent = 'document.body.dataset.ran = 1';"
                        + " d.body.append(s); return d.body.dataset.ran || null;");
        assertThat(ran).as("a script inside the preview never runs").isNull();
    }

    @Test
    void structural_edits_reach_the_preview() {
        int before = driver.findElements(By.cssSelector("[data-path^=\"distribution[\"]")).size();
        driver.findElement(By.xpath("//button[contains(., 'thêm nơi nhận')]")).click();
        List<WebElement> rows = driver.findElements(By.cssSelector("input[data-path^=\"distribution[\"]"));
        assertThat(rows).hasSize(before + 1);
        rows.get(rows.size() - 1).sendKeys("Sở Tư pháp tỉnh;");
        waitForPreview("Sở Tư pháp tỉnh;");
    }

    @Test
    void issuing_numbers_the_invitation_and_locks_the_form() {
        vn.giaymoi.domain.invitation.Invitation fixture = vn.giaymoi.domain.invitation.Invitations.aGiayMoi();
        vn.giaymoi.domain.invitation.Invitation draft = fixture
                .withNumber(vn.giaymoi.domain.invitation.DocumentNumber.draft("GM-VP"))
                .withDateLine(vn.giaymoi.domain.invitation.DateLine.draft("Hà Tĩnh", 2026));
        String id = server.store.create(draft, TestServer.CLOCK.instant()).id().toString();
        driver.get("http://localhost:" + server.port() + "/editor.html?id=" + id);
        waitForPreview("Dự họp triển khai công tác chuyển đổi số");

        driver.findElement(By.id("submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("status")).getText().equals("Đã trình"));
        driver.findElement(By.id("approve")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("status")).getText().equals("Đã duyệt"));
        driver.findElement(By.id("issue")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("issue-number")).getText().equals("01/GM-VP"));
        driver.findElement(By.id("issue-confirm")).click();

        new WebDriverWait(driver, WAIT).withMessage(() -> "not issued; the page says: "
                + driver.findElement(By.id("banner")).getText() + " / " + driver.findElement(By.id("status")).getText())
                .until(d -> d.findElement(By.id("status")).getText().contains("01/GM-VP"));
        assertThat(driver.findElement(By.id("status")).getText()).contains("Đã ban hành");
        assertThat(driver.findElement(By.id("banner")).getText()).contains("bản cố định");
        assertThat(input("subject").isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("save")).isDisplayed()).isFalse();
        waitForPreview("01/GM-VP");
    }

    /** Saves the edited title and downloads the PDF through the editor's link. */
    @Test
    void the_saved_invitation_downloads_as_pdf() throws Exception {
        WebElement subject = input("subject");
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        subject.sendKeys("Họp giao ban tháng 5");
        waitForPreview("Họp giao ban tháng 5");
        driver.findElement(By.id("save")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("saved")).getText().contains("Đã lưu bản 2"));
        assertThat(server.store.find(vn.giaymoi.application.port.out.InvitationId.parse(sampleId)).orElseThrow()
                .invitation().subject().plain()).isEqualTo("Họp giao ban tháng 5");

        String href = driver.findElement(By.id("dl-pdf")).getAttribute("href");
        assertThat(href).endsWith("/api/v1/invitations/" + sampleId + "/document?format=pdf");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Authorization", "Bearer " + server.adminToken()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(".pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}

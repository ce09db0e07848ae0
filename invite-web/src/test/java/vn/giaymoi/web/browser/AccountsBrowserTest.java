package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.testing.TestServer;

/**
 * Three people of one office in headless Chromium: the drafter logs in and submits, the approver logs in and
 * approves, the clerk logs in and issues, then sees the audit trail on the invitation's page. Each logs out through
 * the page. Fails when Chromium is missing, unless GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Vertx vertx;
    private TestServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path profile) {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
        driver = HeadlessChromium.start(profile, profile.resolve("downloads"));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Sau " + WAIT.toSeconds() + " s vẫn chưa thấy: " + what + "; trang " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }

    private void open(String id, String state) {
        driver.get("http://localhost:" + server.port() + "/editor.html?id=" + id);
        waitUntil("the editor shows " + state, () -> driver.findElement(By.id("status")).getText().startsWith(state));
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waitUntil("the login page", () -> driver.getCurrentUrl().contains("/login.html"));
    }

    private void screenshot(String name) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void drafter_submits_approver_approves_clerk_issues_and_the_trail_shows_each_of_them() throws Exception {
        var drafterApi = server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        server.userWith("lanhdao", OrganisationId.FIRST, Role.APPROVER);
        server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK);
        Invitation draft = Invitations.aGiayMoi().withNumber(DocumentNumber.draft("GM-UBND"))
                .withDateLine(DateLine.draft("Hà Tĩnh", 2026));
        String id = TestServer.await(drafterApi.post("/api/v1/invitations").putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(new InvitationFormat().write(draft, Syntax.JSON), "UTF-8")))
                .bodyAsJsonObject().getString("id");

        driver.get("http://localhost:" + server.port() + "/editor.html?id=" + id);
        waitUntil("the login page first", () -> driver.getCurrentUrl().contains("/login.html?next="));

        HeadlessChromium.logIn(driver, server.port(), "chuyenvien", TestServer.ADMIN_PASSWORD);
        open(id, "Dự thảo");
        assertThat(driver.findElement(By.id("account")).getText()).contains("chuyenvien");
        driver.findElement(By.id("submit")).click();
        waitUntil("submitted", () -> driver.findElement(By.id("status")).getText().startsWith("Đã trình"));
        logOut();

        HeadlessChromium.logIn(driver, server.port(), "lanhdao", TestServer.ADMIN_PASSWORD);
        open(id, "Đã trình");
        driver.findElement(By.id("approve")).click();
        waitUntil("approved", () -> driver.findElement(By.id("status")).getText().startsWith("Đã duyệt"));
        logOut();

        HeadlessChromium.logIn(driver, server.port(), "vanthu", TestServer.ADMIN_PASSWORD);
        open(id, "Đã duyệt");
        driver.findElement(By.id("issue")).click();
        waitUntil("the number to be taken", () -> driver.findElement(By.id("issue-number")).getText().startsWith("01/"));
        driver.findElement(By.id("issue-confirm")).click();
        waitUntil("issued", () -> driver.findElement(By.id("status")).getText().startsWith("Đã ban hành"));

        waitUntil("the audit trail with the number", () -> driver.findElement(By.id("audit")).getText()
                .contains("số 01/GM-UBND"));
        String trail = driver.findElement(By.id("audit")).getText();
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("audit")));
        screenshot("audit-trail");
        assertThat(trail).contains("Nhật ký").contains("chuyenvien").contains("tạo dự thảo").contains("trình duyệt")
                .contains("lanhdao").contains("duyệt").contains("vanthu").contains("ban hành");
        assertThat(trail.indexOf("trình duyệt")).isLessThan(trail.indexOf("ban hành"));
    }
}

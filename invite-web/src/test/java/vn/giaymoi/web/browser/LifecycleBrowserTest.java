package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.web.testing.TestServer;

/**
 * The lifecycle in the editor, in headless Chromium: only the allowed steps are offered, issuing goes through a
 * dialog that shows the number to be taken and what blocks it, follow-ups and the register page, and a save over
 * someone else's newer version keeps the user's text. Fails when Chromium is missing, unless GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleBrowserTest {
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
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    private static Invitation draft() {
        return Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026);
    }

    private StoredInvitation approved(Invitation inv) {
        Instant at = TestServer.CLOCK.instant();
        StoredInvitation s = server.store.create(inv, at);
        s = server.store.move(s.id(), s.version(), Lifecycle::submit, at);
        return server.store.move(s.id(), s.version(), Lifecycle::approve, at);
    }

    private void open(StoredInvitation s) {
        driver.get("http://localhost:" + server.port() + "/editor.html?id=" + s.id());
        waitUntil("the editor shows " + s.status(), () -> !driver.findElement(By.id("status")).getText().startsWith("Đang tải"));
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Sau " + WAIT.toSeconds() + " s vẫn chưa thấy: " + what + "; banner: "
                    + driver.findElement(By.id("banner")).getText());
        }
    }

    /** Keeps a picture of the page in target/screenshots, to look at after a run. */
    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    /** The number the register gives next (the server is shared by the tests of this class). */
    private String nextNumber() {
        int next = server.store.lastNumber(RegisterSeries.of(draft(), 2026)) + 1;
        return draft().number().withNumber(next).toString();
    }

    @Test
    void an_approved_invitation_is_issued_through_the_dialog_showing_the_number_to_be_taken() {
        String number = nextNumber();
        open(approved(draft()));
        assertThat(shown("issue")).isTrue();
        assertThat(shown("save")).as("approved: not edited").isFalse();
        assertThat(shown("submit")).isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-path=\"subject\"]")).isEnabled()).isFalse();

        driver.findElement(By.id("issue")).click();
        waitUntil("the number to be taken", () -> driver.findElement(By.id("issue-number")).getText().equals(number));
        assertThat(driver.findElement(By.id("issue-date")).getAttribute("value")).isEqualTo("05/05/2026");
        assertThat(driver.findElement(By.id("issue-verdict")).getText()).contains("Không còn lỗi");
        screenshot("issue-dialog");
        driver.findElement(By.id("issue-confirm")).click();

        waitUntil("issued", () -> driver.findElement(By.id("status")).getText().equals("Đã ban hành · Số " + number));
        assertThat(shown("follow-up")).isTrue();
        assertThat(shown("revoke")).isTrue();
        assertThat(shown("issue")).isFalse();
    }

    @Test
    void the_dialog_lists_what_blocks_issuing_and_refuses_to_confirm() {
        open(approved(draft().withSubject(RichText.of("Họp về …"))));
        driver.findElement(By.id("issue")).click();
        waitUntil("the blocking findings", () -> driver.findElement(By.id("issue-findings")).getText().contains("Còn chỗ trống"));
        screenshot("issue-dialog-blocked");
        assertThat(driver.findElement(By.id("issue-confirm")).isEnabled()).isFalse();
        driver.findElement(By.id("issue-cancel")).click();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Đã duyệt");
    }

    @Test
    void a_follow_up_opens_as_a_linked_draft_and_the_register_lists_the_number() {
        StoredInvitation a = approved(draft());
        String number = server.store.issue(a.id(), a.version(), java.time.LocalDate.of(2026, 5, 5),
                TestServer.CLOCK.instant()).invitation().number().toString();
        open(a);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("follow-up"))).selectByValue("correction");
        waitUntil("the new draft", () -> driver.findElement(By.id("status")).getText().equals("Dự thảo")
                && driver.findElement(By.id("links")).isDisplayed());
        assertThat(driver.findElement(By.id("links")).getText()).contains("đính chính").contains("số " + number);
        assertThat(driver.findElement(By.cssSelector("[data-path=\"subject\"]")).getAttribute("value"))
                .startsWith("V/v đính chính Giấy mời số " + number);

        driver.get("http://localhost:" + server.port() + "/register.html?year=2026");
        waitUntil("the register", () -> driver.findElement(By.id("message")).getText().contains("số đã cấp"));
        assertThat(driver.findElement(By.id("register")).getText()).contains(number).contains("đã ban hành");
        assertThat(driver.findElement(By.id("xlsx")).getAttribute("href")).endsWith("/api/v1/register?format=xlsx&year=2026");
    }

    @Test
    void a_save_after_someone_else_saved_shows_it_and_keeps_the_users_text() {
        StoredInvitation s = server.store.create(draft(), TestServer.CLOCK.instant());
        open(s);
        WebElement subject = driver.findElement(By.cssSelector("[data-path=\"subject\"]"));
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        subject.sendKeys("Bản tôi đang soạn");
        server.store.update(s.id(), s.version(), draft().withSubject(RichText.of("Bản đồng nghiệp vừa lưu")),
                TestServer.CLOCK.instant());

        driver.findElement(By.id("save")).click();

        waitUntil("the conflict", () -> driver.findElement(By.id("banner")).getText().contains("vừa lưu bản 2"));
        screenshot("save-conflict");
        assertThat(driver.findElement(By.cssSelector("[data-path=\"subject\"]")).getAttribute("value")).isEqualTo("Bản tôi đang soạn");
        assertThat(server.store.find(s.id()).orElseThrow().invitation().subject().plain()).isEqualTo("Bản đồng nghiệp vừa lưu");

        driver.findElement(By.id("overwrite")).click();
        waitUntil("saved over version 2", () -> server.store.find(s.id()).orElseThrow().version() == 3);
        assertThat(server.store.find(s.id()).orElseThrow().invitation().subject().plain()).isEqualTo("Bản tôi đang soạn");
    }
}

package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.web.testing.TestServer;

/**
 * The list's search in headless Chromium, on the embedded SQLite store (the in-memory store of other tests searches
 * only subjects): by an issued number, by an invitee's name typed without accents, and by the meeting date, which is
 * its own column and its own filter. Fails when Chromium is missing, unless GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Vertx vertx;
    private Database db;
    private TestServer server;
    private ChromeDriver driver;
    private StoredInvitation issued;
    private StoredInvitation ngoc;

    @BeforeAll
    void start(@TempDir Path profile, @TempDir Path data) {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        db = Database.open("jdbc:sqlite:" + data.resolve("search.db"), null, null);
        server = TestServer.start(vertx, db.invitations(), db.accounts());
        driver = HeadlessChromium.start(profile, profile.resolve("downloads"));
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Instant at = TestServer.CLOCK.instant();

        StoredInvitation s = server.store.create(meetingOn("Hội nghị tổng kết công tác thi đua", null,
                LocalDate.of(2026, 5, 12)), at);
        s = server.store.move(s.id(), s.version(), Lifecycle::submit, at);
        s = server.store.move(s.id(), s.version(), Lifecycle::approve, at);
        issued = server.store.issue(s.id(), s.version(), LocalDate.of(2026, 5, 5), at.plusSeconds(1));
        ngoc = server.store.create(meetingOn("Họp bàn kế hoạch chuyển đổi số", "Trần Thị Bích Ngọc",
                LocalDate.of(2026, 6, 10)), at.plusSeconds(2));
        server.store.create(meetingOn("Họp giao ban tháng sáu", "Phạm Minh Đức", LocalDate.of(2026, 6, 20)),
                at.plusSeconds(3));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
        if (db != null) db.close();
    }

    @BeforeEach
    void openList() {
        driver.get("http://localhost:" + server.port() + "/");
        waitUntil("the whole list", () -> rows().size() == 3);
    }

    /** A draft giấy mời meeting on {@code day}, inviting {@code person} besides the fixture's invitees. */
    private static Invitation meetingOn(String subject, String person, LocalDate day) {
        Invitation d = Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026).withSubject(RichText.of(subject));
        List<Point> body = new ArrayList<>(d.body());
        List<Point> members = new ArrayList<>(body.get(0).points());
        if (person != null) {
            members.add(0, Point.of(Marker.DASH, "Bà {name}, {title};", Invitee.person(person, "Chuyên viên")));
        }
        body.set(0, Point.of(Marker.NUMBER, "Thành phần:", members.toArray(Point[]::new)));
        body.set(1, Point.of(Marker.NUMBER, "Thời gian: {start}, {weekday}, ngày {date}.",
                Session.at(day, LocalTime.of(8, 0))));
        return d.withBody(body);
    }

    @Test
    void an_issued_number_finds_its_invitation() {
        search("01/GM-UBND");

        waitUntil("one row, the issued invitation", () -> rows().size() == 1
                && rows().get(0).getAttribute("data-id").equals(issued.id().toString()));
        assertThat(cells(rows().get(0))).contains("01/GM-UBND", "05/05/2026", "12/05/2026");
        assertThat(driver.findElement(By.id("message")).getText()).isEqualTo("Tìm thấy 1 giấy mời.");
    }

    @Test
    void an_invitee_typed_without_accents_finds_the_invitation_that_invites_her() {
        search("tran thi bich ngoc");

        waitUntil("one row, the invitation inviting Trần Thị Bích Ngọc", () -> rows().size() == 1
                && rows().get(0).getAttribute("data-id").equals(ngoc.id().toString()));
        assertThat(cells(rows().get(0))).contains("Họp bàn kế hoạch chuyển đổi số", "10/06/2026");
    }

    @Test
    void the_meeting_date_filter_reads_the_meeting_date_not_the_issue_date() {
        setDate("meetingFrom", "2026-06-01");
        setDate("meetingTo", "2026-06-15");
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        waitUntil("one row, the meeting of 10 June", () -> rows().size() == 1
                && rows().get(0).getAttribute("data-id").equals(ngoc.id().toString()));

        setDate("meetingFrom", "2026-05-05");
        setDate("meetingTo", "2026-05-05");
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        waitUntil("nothing meets on 5 May, the day the number was issued", () -> rows().isEmpty()
                && driver.findElement(By.id("message")).getText().startsWith("Không có giấy mời nào"));

        setDate("meetingFrom", "");
        setDate("meetingTo", "");
        setDate("issuedFrom", "2026-05-05");
        setDate("issuedTo", "2026-05-05");
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        waitUntil("the issued one by its issue date", () -> rows().size() == 1
                && rows().get(0).getAttribute("data-id").equals(issued.id().toString()));
    }

    private void search(String text) {
        WebElement box = driver.findElement(By.name("text"));
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
    }

    /** Types a date filter as a clerk does, dd/mm/yyyy, into a text field that does not follow the browser's locale. */
    private void setDate(String name, String iso) {
        WebElement input = driver.findElement(By.name(name));
        assertThat(input.getAttribute("type")).isEqualTo("text");
        assertThat(input.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        String[] ymd = iso.split("-");
        if (!iso.isEmpty()) input.sendKeys(ymd[2] + "/" + ymd[1] + "/" + ymd[0]);
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#items tbody tr"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Sau " + WAIT.toSeconds() + " s vẫn chưa thấy: " + what + "; danh sách: "
                    + rows().stream().map(SearchBrowserTest::cells).toList() + "; "
                    + driver.findElement(By.id("message")).getText());
        }
    }
}

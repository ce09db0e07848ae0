package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.testing.TestServer;

/**
 * The editor as a clerk uses it, in headless Chromium set to English (so nothing follows the browser's locale):
 * composing with chips and Vietnamese date and time fields. Fails when Chromium is missing, unless
 * GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkEditorBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A draft as a clerk starts it: a time point with a session, an empty place point. */
    static final String DRAFT = """
            kind: giay-moi
            issuer: {name: "SỞ NỘI VỤ", parent: "UBND TỈNH HÀ TĨNH", abbreviation: SNV, level: tinh, province: Hà Tĩnh}
            number: /GM-SNV
            place: Hà Tĩnh
            date: {day: "", month: "", year: 2026}
            subject: Dự họp triển khai kế hoạch cải cách hành chính năm 2027
            body:
              - marker: "1."
                text: "Thời gian: {start}, {weekday}, ngày {date}."
                session: {date: 2026-12-08, start: "08:00"}
              - marker: "2."
                text: "Địa điểm: "
            distribution: ["Như thành phần mời;", "Lưu: VT, VP."]
            signature: {authority: [], title: GIÁM ĐỐC, signer: Nguyễn Văn An}
            """;

    Vertx vertx;
    TestServer server;
    ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path profile) {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
        driver = HeadlessChromium.start(profile, profile.resolve("downloads"), "--lang=en-US");
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    static Invitation parse(String yaml) {
        Parsed parsed = new InvitationFormat().read(yaml, Syntax.YAML, "test.yaml");
        if (parsed instanceof Parsed.Failed failed) throw new AssertionError(failed.problems().toString());
        return ((Parsed.Ok) parsed).invitation();
    }

    /** Opens a new stored draft of {@code yaml} in the editor and waits for its preview. */
    String open(String yaml) {
        String id = server.store.create(parse(yaml), TestServer.CLOCK.instant()).id().toString();
        driver.get(url("/editor.html?id=" + id));
        waitForPreview("Nơi nhận");
        return id;
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String preview() {
        Object text = js("const f = document.getElementById('preview-frame');"
                + "return f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText : '';");
        return text == null ? "" : text.toString().replaceAll("\\s+", " ");
    }

    void waitForPreview(String expected) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> preview().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Xem trước không hiện '" + expected + "' sau " + WAIT.toSeconds() + " s; đang hiện: " + preview());
        }
    }

    WebElement at(String path) {
        return driver.findElement(By.cssSelector("[data-path=\"" + path + "\"]"));
    }

    /** Puts the caret at the end of a point's wording and picks {@code fact.placeholder} from its menu. */
    WebElement insertChip(String point, String choice) {
        WebElement wording = at(point + ".text");
        wording.click();
        wording.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        new Select(driver.findElement(By.cssSelector("[data-point=\"" + point + "\"] > .point-head select.insert")))
                .selectByValue(choice);
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".chip-editor")));
    }

    @Test
    void a_clerk_composes_with_chips_and_vietnamese_dates_without_typing_a_placeholder() {
        open(DRAFT);
        WebElement editor = insertChip("body[1]", "venue.name");
        assertThat(editor.getText()).contains("Địa điểm");
        driver.switchTo().activeElement().sendKeys("Hội trường tầng 3, Sở Nội vụ", Keys.ENTER);
        waitForPreview("2. Địa điểm: Hội trường tầng 3, Sở Nội vụ");

        at("body[0].text").sendKeys(Keys.END, " Đề nghị đại biểu có mặt trước ");
        insertChip("body[0]", "session.arriveEarly");
        driver.switchTo().activeElement().sendKeys("15", Keys.ENTER);
        waitForPreview("có mặt trước 15 phút");

        // the date chip opens a dd/mm/yyyy field: a day that does not exist is said, a real one reaches the document
        WebElement dateChip = at("body[0].text").findElement(By.cssSelector(".chip[data-ph=date]"));
        assertThat(dateChip.getText()).contains("Ngày họp").contains("08/12/2026");
        dateChip.click();
        WebElement date = driver.switchTo().activeElement();
        assertThat(date.getAttribute("type")).isEqualTo("text");
        assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "31/02/2027");
        assertThat(driver.findElement(By.cssSelector(".chip-editor")).getText()).contains("31/02/2027 không có trên lịch");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "09/12/2026", Keys.ENTER);
        waitForPreview("thứ Tư, ngày 09/12/2026");
        assertThat(LocalDate.of(2026, 12, 9).getDayOfWeek()).hasToString("WEDNESDAY");
        assertThat(at("body[0].text").findElement(By.cssSelector(".chip[data-ph=weekday]")).getText()).contains("thứ Tư");

        // the start time in its box: 24-hour, 8h30 is read as 08:30
        WebElement start = at("body[0].session.start");
        start.sendKeys(Keys.chord(Keys.CONTROL, "a"), "14h30");
        waitForPreview("Thời gian: 14 giờ 30");

        // the saved file keeps the placeholders; the page never shows them
        String form = driver.findElement(By.id("form")).getText();
        assertThat(form).doesNotContain("{").contains("Có mặt trước").contains("Giờ bắt đầu");
        Object markup = js("return model.body[0].text");
        assertThat(markup).isEqualTo("Thời gian: {start}, {weekday}, ngày {date}. Đề nghị đại biểu có mặt trước {arriveEarly} ");
        assertThat(driver.findElements(By.cssSelector("input[type=date], input[type=time], input[type=datetime-local]"))).isEmpty();
    }

    @Test
    void the_calendar_picks_a_day_and_the_issue_dialog_takes_dd_mm_yyyy() {
        open(DRAFT);
        WebElement pick = at("body[0].session.date").findElement(By.xpath("following-sibling::button"));
        pick.click();
        WebElement calendar = driver.findElement(By.cssSelector(".calendar:not([hidden])"));
        assertThat(calendar.getText()).contains("Tháng 12/2026").contains("T2").contains("CN");
        calendar.findElement(By.cssSelector("button[aria-label=\"thứ Sáu, 18/12/2026\"]")).click();
        assertThat(at("body[0].session.date").getAttribute("value")).isEqualTo("18/12/2026");
        waitForPreview("thứ Sáu, ngày 18/12/2026");
        assertThat(driver.findElement(By.id("issue-date")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void the_pages_speak_to_a_clerk_not_a_developer() {
        open(DRAFT.replace("kind: giay-moi", "kind: cong-van").replace("/GM-SNV", "/SNV-VP")
                .replace("subject: Dự họp", "subject: V/v dự họp")
                .replace("distribution:", "addressees: [\"Sở Tài chính;\", \"Sở Tư pháp.\"]\ndistribution:"));
        WebElement legend = at("addressees").findElement(By.tagName("legend"));
        assertThat(legend.getText()).isEqualTo("Kính gửi");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("findings-count")).getText().isEmpty());
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("body[").doesNotContain("nd30.md").doesNotContain("(text)")
                .doesNotContain("findings").doesNotContain("Nơi gửi");
        driver.get(url("/"));
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#items tbody tr")).isEmpty());
        assertThat(driver.findElements(By.xpath("//header//*[normalize-space(.)='API']"))).isEmpty();
    }

}

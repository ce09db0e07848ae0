package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.testing.TestServer;

/**
 * A whole invitation composed from the organisation's profile as a clerk does it, in headless Chromium set to
 * English: the draft from the profile, the signer from the roster, the invitees from the units directory, the
 * meeting's time, day and place through the fact chips and the date and time pickers — no placeholder typed — and
 * the editor's steps limited to what the logged-in user's roles allow. Fails when Chromium is missing, unless
 * GIAYMOI_SKIP_BROWSER=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileComposeBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    Vertx vertx;
    TestServer server;
    ChromeDriver driver;
    /** Every keystroke the test sends, so that it can show none writes a placeholder. */
    final List<String> typed = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path profile) throws Exception {
        HeadlessChromium.requireBrowser();
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
        String yaml = Files.readString(Path.of("../examples/profile/ubnd-tinh-ha-tinh.yaml"));
        HttpResponse<Buffer> put = TestServer.await(server.client
                .put("/api/v1/organisations/" + OrganisationId.FIRST.value() + "/profile")
                .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(yaml, "UTF-8")));
        assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(204);
        server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK);
        driver = HeadlessChromium.start(profile, profile.resolve("downloads"), "--lang=en-US");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void waitUntil(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Sau " + WAIT.toSeconds() + " s vẫn chưa thấy: " + what + "; trang " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }

    String preview() {
        Object text = js("const f = document.getElementById('preview-frame');"
                + "return f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText : '';");
        return text == null ? "" : text.toString().replaceAll("\\s+", " ");
    }

    void waitForPreview(String expected) {
        waitUntil("xem trước có '" + expected + "' (đang hiện: " + preview() + ")", () -> preview().contains(expected));
    }

    WebElement at(String path) {
        return driver.findElement(By.cssSelector("[data-path=\"" + path + "\"]"));
    }

    /** Sends keys as the clerk types them, and keeps them for the check that none is a brace. */
    void type(WebElement target, CharSequence... keys) {
        for (CharSequence k : keys) typed.add(k.toString());
        target.sendKeys(keys);
    }

    /** Replaces a point's whole wording with {@code text}. */
    void reword(String point, String text) {
        WebElement wording = at(point + ".text");
        wording.click();
        type(wording, Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Adds {@code text} at the end of a point's wording, right after what is there (a chip's trailing space too). */
    void append(String point, String text, boolean afterChip) {
        WebElement wording = at(point + ".text");
        wording.click();
        type(wording, Keys.chord(Keys.CONTROL, Keys.END));
        if (afterChip) type(wording, Keys.BACK_SPACE); // the space the menu puts after a chip, when punctuation follows
        type(wording, text);
    }

    /** Puts the caret at the end of a point's wording, picks {@code choice} from its menu and waits for the chip's editor. */
    WebElement insertChip(String point, String choice) {
        WebElement wording = at(point + ".text");
        wording.click();
        type(wording, Keys.chord(Keys.CONTROL, Keys.END));
        new Select(driver.findElement(By.cssSelector("[data-point=\"" + point + "\"] > .point-head select.insert")))
                .selectByValue(choice);
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".chip-editor")));
    }

    void closeChipEditor(Keys key) {
        type(driver.switchTo().activeElement(), key);
        waitUntil("the chip's editor closes", () -> driver.findElements(By.cssSelector(".chip-editor")).isEmpty());
    }

    /** Chooses {@code unit} in the directory drop-down at {@code path} and waits for the form to take it. */
    void pickUnit(String path, String unit) {
        new Select(at(path)).selectByValue(unit);
        waitUntil(unit + " chosen", () -> at(path).getAttribute("value").isEmpty()
                && at(path).findElements(By.cssSelector("option[value=\"" + unit + "\"]")).isEmpty());
    }

    JsonObject stored(String id) {
        var found = server.store.find(InvitationId.parse(id)).orElseThrow();
        return new JsonObject(new InvitationFormat().write(found.invitation(), Syntax.JSON));
    }

    String idInAddress() {
        return driver.getCurrentUrl().replaceAll(".*[?&]id=", "");
    }

    void screenshot(String name, int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        try {
            waitUntil("no sideways scroll at " + width + " px",
                    () -> js("return document.documentElement.scrollWidth <= window.innerWidth").equals(true));
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
    }

    // ---- composing from the profile -------------------------------------------------------------------------

    @Test
    void a_clerk_composes_a_whole_invitation_from_the_profile_without_typing_a_placeholder() {
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        typed.clear();
        driver.get(url("/editor.html?new"));
        waitForPreview("TỈNH HÀ TĨNH");
        assertThat(new Select(driver.findElement(By.id("draft-source"))).getFirstSelectedOption().getText())
                .isEqualTo("Giấy mời theo hồ sơ cơ quan");

        WebElement subject = at("subject");
        type(subject, Keys.chord(Keys.CONTROL, "a"), "Dự họp triển khai kế hoạch chuyển đổi số năm 2027");
        waitUntil("the draft is saved on its first change", () -> driver.getCurrentUrl().contains("editor.html?id="));
        String id = idInAddress();

        reword("body[0]", "Ủy ban nhân dân tỉnh trân trọng kính mời:");

        // Thành phần: the invitees picked from the units directory
        reword("body[1]", "Thành phần: đại diện lãnh đạo ");
        insertChip("body[1]", "invitee.units");
        closeChipEditor(Keys.ESCAPE);
        pickUnit("body[1].invitee.units.pick", "Sở Nội vụ");
        pickUnit("body[1].invitee.units.pick", "Sở Tài chính");
        append("body[1]", ".", true);
        waitForPreview("Thành phần: đại diện lãnh đạo Sở Nội vụ, Sở Tài chính.");

        reword("body[2]", "Chủ trì: đồng chí Chủ tịch Ủy ban nhân dân tỉnh.");

        // Thời gian: the start time in 24 hours, the day from the calendar, the weekday from the day
        reword("body[3]", "Thời gian: ");
        insertChip("body[3]", "session.start");
        type(driver.switchTo().activeElement(), "14:00");
        closeChipEditor(Keys.ENTER);
        append("body[3]", ", ", true);
        WebElement dayEditor = insertChip("body[3]", "session.weekday");
        dayEditor.findElement(By.cssSelector("button.pick")).click();
        WebElement calendar = dayEditor.findElement(By.cssSelector(".calendar:not([hidden])"));
        calendar.findElement(By.cssSelector("button[aria-label=\"Tháng sau\"]")).click();
        waitUntil("the next month", () -> !calendar.findElements(By.cssSelector(".cal-day")).isEmpty());
        Matcher shown = Pattern.compile("Tháng (\\d+)/(\\d+)").matcher(calendar.findElement(By.cssSelector(".cal-title")).getText());
        assertThat(shown.find()).isTrue();
        LocalDate day = LocalDate.of(Integer.parseInt(shown.group(2)), Integer.parseInt(shown.group(1)), 15);
        String vnDay = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        String weekday = WEEKDAYS[day.getDayOfWeek().getValue() - 1];
        calendar.findElement(By.cssSelector("button[aria-label=\"" + weekday + ", " + vnDay + "\"]")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("value")).isEqualTo(vnDay);
        closeChipEditor(Keys.ENTER);
        append("body[3]", ", ngày ", true);
        insertChip("body[3]", "session.date");
        assertThat(driver.switchTo().activeElement().getAttribute("value")).as("the day chosen once").isEqualTo(vnDay);
        closeChipEditor(Keys.ENTER);
        append("body[3]", ".", true);
        waitForPreview("Thời gian: 14 giờ 00, " + weekday + ", ngày " + vnDay + ".");

        // Địa điểm through its chip
        reword("body[4]", "Địa điểm: ");
        insertChip("body[4]", "venue.name");
        type(driver.switchTo().activeElement(), "Phòng họp số 1, Văn phòng UBND tỉnh");
        closeChipEditor(Keys.ENTER);
        append("body[4]", ".", true);
        waitForPreview("Địa điểm: Phòng họp số 1, Văn phòng UBND tỉnh.");

        reword("body[5]", "Nội dung: triển khai kế hoạch chuyển đổi số năm 2027./.");

        // the signer from the roster: authority, title and name at once
        new Select(driver.findElement(By.id("signer-pick"))).selectByVisibleText("Nguyễn Huy Hùng — CHÁNH VĂN PHÒNG (TL. CHỦ TỊCH)");
        waitUntil("the roster's signer", () -> "Nguyễn Huy Hùng".equals(at("signature.signer").getAttribute("value")));
        assertThat(at("signature.title").getAttribute("value")).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(at("signature.authority[0]").getAttribute("value")).isEqualTo("TL. CHỦ TỊCH");
        waitForPreview("Nguyễn Huy Hùng");

        driver.findElement(By.id("save")).click();
        waitUntil("saved", () -> driver.findElement(By.id("saved")).getText().startsWith("Đã lưu bản"));
        waitUntil("0 errors", () -> driver.findElement(By.id("findings-count")).getText().startsWith("0 lỗi"));
        assertThat(driver.findElement(By.id("issue")).isEnabled()).as("nothing blocks issuing").isTrue();
        screenshot("editor-profile-1366", 1366);
        screenshot("editor-profile-768", 768);

        // what was stored: the profile's parts, and facts in the wording as placeholders the test never typed
        JsonObject saved = stored(id);
        assertThat(saved.getJsonObject("issuer").getString("name")).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH");
        assertThat(saved.getJsonArray("distribution").getList()).containsExactly("Như thành phần mời;",
                "Chủ tịch, các PCT UBND tỉnh;", "Chánh Văn phòng UBND tỉnh;", "Lưu: VT, TH.");
        var body = saved.getJsonArray("body");
        assertThat(body.getJsonObject(1).getString("text")).isEqualTo("Thành phần: đại diện lãnh đạo {units}.");
        assertThat(body.getJsonObject(1).getJsonObject("invitee").getJsonArray("units").getList())
                .containsExactly("Sở Nội vụ", "Sở Tài chính");
        assertThat(body.getJsonObject(3).getString("text")).isEqualTo("Thời gian: {start}, {weekday}, ngày {date}.");
        assertThat(body.getJsonObject(3).getJsonObject("session").getString("date")).isEqualTo(day.toString());
        assertThat(body.getJsonObject(3).getJsonObject("session").getString("start")).isEqualTo("14:00");
        assertThat(body.getJsonObject(4).getString("text")).isEqualTo("Địa điểm: {name}.");
        assertThat(body.getJsonObject(4).getJsonObject("venue").getString("name")).isEqualTo("Phòng họp số 1, Văn phòng UBND tỉnh");
        assertThat(saved.getJsonObject("signature").encode())
                .isEqualTo("{\"authority\":[\"TL. CHỦ TỊCH\"],\"title\":\"CHÁNH VĂN PHÒNG\",\"signer\":\"Nguyễn Huy Hùng\"}");
        HttpResponse<Buffer> check = TestServer.await(server.client.get("/api/v1/invitations/" + id + "/issue-preview").send());
        assertThat(check.bodyAsJsonObject().getJsonArray("findings").stream()
                .filter(f -> "error".equals(((JsonObject) f).getString("severity")))).as(check.bodyAsString()).isEmpty();

        assertThat(typed).as("the keystrokes of the test").isNotEmpty().noneMatch(k -> k.contains("{") || k.contains("}"));
        assertThat(driver.findElement(By.id("form")).getText()).doesNotContain("{");
    }

    @Test
    void a_cong_van_takes_its_kinh_gui_and_noi_nhan_from_the_directory() {
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        driver.get(url("/editor.html?new"));
        waitForPreview("TỈNH HÀ TĨNH");
        new Select(driver.findElement(By.id("draft-source"))).selectByValue("profile-cong-van");
        waitForPreview("V/v");
        pickUnit("addressees.pick", "Sở Y tế");
        pickUnit("addressees.pick", "Công an tỉnh");
        assertThat(at("addressees[0]").getAttribute("value")).as("the dotted line is replaced").isEqualTo("Sở Y tế;");
        assertThat(at("addressees[1]").getAttribute("value")).isEqualTo("Công an tỉnh.");
        pickUnit("distribution.pick", "Sở Nội vụ");
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) js("return model.distribution");
        assertThat(lines).as("added before the archive line").containsExactly("Như trên;", "Như thành phần mời;",
                "Chủ tịch, các PCT UBND tỉnh;", "Chánh Văn phòng UBND tỉnh;", "Sở Nội vụ;", "Lưu: VT, TH.");
        waitForPreview("Sở Y tế;");
        waitForPreview("Công an tỉnh.");
        waitUntil("no Kính gửi or Nơi nhận finding", () -> !driver.findElement(By.id("findings-list")).getText()
                .matches("(?s).*(Kính gửi|Nơi nhận).*"));
    }

    // ---- only the steps the user's roles allow --------------------------------------------------------------

    /** A new invitation taken through {@code steps} by the admin, through the API. */
    String invitationAfter(String... steps) {
        String yaml = ClerkEditorBrowserTest.DRAFT;
        HttpResponse<Buffer> made = TestServer.await(server.client.post("/api/v1/invitations")
                .putHeader("Content-Type", "application/yaml").sendBuffer(Buffer.buffer(yaml, "UTF-8")));
        assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
        JsonObject item = made.bodyAsJsonObject();
        for (String step : steps) {
            HttpResponse<Buffer> r = TestServer.await(server.client.post("/api/v1/invitations/" + item.getString("id") + "/" + step)
                    .putHeader("If-Match", "\"" + item.getInteger("version") + "\"").send());
            assertThat(r.statusCode()).as(step + ": " + r.bodyAsString()).isEqualTo(200);
            item = r.bodyAsJsonObject();
        }
        return item.getString("id");
    }

    /** The lifecycle buttons the editor shows for invitation {@code id}, by their labels. */
    List<String> buttonsOn(String id, String state) {
        driver.get(url("/editor.html?id=" + id));
        waitUntil("the editor shows " + state, () -> driver.findElement(By.id("status")).getText().startsWith(state));
        waitUntil("the account in the header", () -> !driver.findElements(By.id("account")).isEmpty());
        List<String> shown = new ArrayList<>();
        for (WebElement b : driver.findElements(By.cssSelector("header [data-action]"))) {
            if (b.isDisplayed()) shown.add(b.getTagName().equals("select") ? "Văn bản xử lý…" : b.getText());
        }
        return shown;
    }

    @Test
    void the_editor_offers_only_the_steps_the_users_roles_allow() {
        String draft = invitationAfter();
        String submitted = invitationAfter("submit");
        String approved = invitationAfter("submit", "approve");

        HeadlessChromium.logIn(driver, server.port(), "chuyenvien", TestServer.ADMIN_PASSWORD);
        assertThat(buttonsOn(draft, "Dự thảo")).containsExactly("Lưu", "Trình duyệt", "Nhân bản");
        assertThat(buttonsOn(submitted, "Đã trình")).containsExactly("Nhân bản");
        assertThat(buttonsOn(approved, "Đã duyệt")).doesNotContain("Ban hành…", "Duyệt", "Trả lại…").containsExactly("Nhân bản");

        HeadlessChromium.logIn(driver, server.port(), "vanthu", TestServer.ADMIN_PASSWORD);
        assertThat(buttonsOn(approved, "Đã duyệt")).containsExactly("Ban hành…");
        assertThat(buttonsOn(draft, "Dự thảo")).isEmpty();
        assertThat(driver.findElement(By.id("banner")).getText()).contains("chỉ xem được");
        assertThat(at("subject").isEnabled()).as("a clerk reads a draft, does not edit it").isFalse();

        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertThat(buttonsOn(submitted, "Đã trình")).containsExactly("Duyệt", "Trả lại…", "Nhân bản");
        assertThat(buttonsOn(approved, "Đã duyệt")).contains("Ban hành…", "Trả lại…");
    }
}

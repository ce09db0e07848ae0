package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
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

    /** The preview and findings follow the form: none is due or on its way. */
    boolean settled() {
        return !Boolean.TRUE.equals(js("return 'refreshing' in document.body.dataset"));
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
        driver.findElement(By.xpath("//button[normalize-space(.)='+ thêm mục']")).click(); // an empty point: an input problem
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("findings-list")).getText().contains("mục chưa có lời văn"));
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("body[").doesNotContain("nd30.md").doesNotContain("(text)")
                .doesNotContain("findings").doesNotContain("Nơi gửi");
        driver.get(url("/"));
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#items tbody tr")).isEmpty());
        assertThat(driver.findElements(By.xpath("//header//*[normalize-space(.)='API']"))).isEmpty();
    }


    String seed(String name) {
        try {
            return java.nio.file.Files.readString(Path.of("..", "examples", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    WebElement finding(String ruleId) {
        By item = By.cssSelector("#findings-list li[data-rule=\"" + ruleId + "\"]");
        return new WebDriverWait(driver, WAIT)
                .withMessage(() -> "no finding " + ruleId + "; the panel says: " + driver.findElement(By.id("findings")).getText()
                        + (settled() ? "" : " (a check still on its way)"))
                .until(d -> !settled() || d.findElements(item).isEmpty() ? null : d.findElement(item));
    }

    /** Clicks a finding and answers the data-path of the field that took the focus. */
    String focusOf(String ruleId) {
        finding(ruleId).findElement(By.tagName("a")).click();
        return driver.switchTo().activeElement().getAttribute("data-path");
    }

    @Test
    void a_finding_says_what_to_write_cites_the_decree_and_fixes_in_one_click() {
        open(seed("seed-004.yaml"));
        WebElement archive = finding("ND30-ARCHIVE-PERIOD");
        assertThat(archive.getText()).contains("Dòng 'Lưu' cuối Nơi nhận kết thúc bằng dấu '.'")
                .contains("Cách sửa: Kết thúc dòng Lưu bằng '.'").contains("Căn cứ: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d");
        archive.findElement(By.cssSelector("button.fix")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#findings-list li[data-rule=ND30-ARCHIVE-PERIOD]")).isEmpty());
        assertThat(at("distribution[5]").getAttribute("value")).isEqualTo("Lưu: VT, KSTTHC_(hnb).");
        assertThat(driver.findElement(By.id("saved")).getText()).contains("Chưa lưu");

        WebElement all = driver.findElement(By.id("fix-all"));
        assertThat(all.getText()).isEqualTo("Sửa tất cả (2)");
        all.click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#findings-list button.fix")).isEmpty());
        assertThat(at("addressees[1]").getAttribute("value")).endsWith(";");
        waitForPreview("thứ Bảy");
        assertThat(all.isDisplayed()).isFalse();
    }

    @Test
    void a_finding_focuses_exactly_its_field() {
        open(seed("seed-004.yaml"));
        assertThat(focusOf("ND30-WEEKDAY-FORM")).isEqualTo("body[1].points[0].text");
        assertThat(focusOf("ND30-ARCHIVE-PERIOD")).isEqualTo("distribution[5]");

        open(seed("seed-004.yaml").replace("5771/UBND-KSTTHC", "5771/CV-UBND"));
        assertThat(focusOf("ND30-CV-SYMBOL")).isEqualTo("number.symbol");

        open(DRAFT.replace("distribution:", """
                  - marker: "3."
                    text: "Giao {lead} chuẩn bị báo cáo, gửi trước {deadline}."
                    task: {lead: Văn phòng Sở, deadlines: ["2026-12-20"]}
                distribution:"""));
        assertThat(focusOf("MEET-DEADLINE-BEFORE-MEETING")).isEqualTo("body[2].task.deadlines[0]");
    }

    @Test
    void the_issue_button_is_off_while_errors_stand_and_says_why() {
        String id = server.store.create(parse(seed("seed-004.yaml")), TestServer.CLOCK.instant()).id().toString();
        for (String step : new String[] {"submit", "approve"}) {
            var r = TestServer.await(server.client.post("/api/v1/invitations/" + id + "/" + step).send());
            assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
        }
        driver.get(url("/editor.html?id=" + id));
        WebElement issue = driver.findElement(By.id("issue"));
        new WebDriverWait(driver, WAIT).until(d -> !issue.isEnabled());
        assertThat(driver.findElement(By.id("issue-why")).getText()).isEqualTo("Chưa ban hành được: còn 2 lỗi (xem khung Kiểm tra)");
        assertThat(issue.getAttribute("aria-describedby")).isEqualTo("issue-why");
        assertThat(driver.findElements(By.cssSelector("#findings-list button.fix"))).isEmpty();
    }

    long stored() {
        return server.store.summaries(vn.giaymoi.application.port.out.InvitationQuery.all(), 1, 1).total();
    }

    @Test
    void a_new_draft_is_saved_on_its_first_change_not_on_open() {
        driver.get(url("/"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("message")).getText().length() > 0);
        long before = stored();
        driver.findElement(By.id("new")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("editor.html?new"));
        waitForPreview("Dự họp");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("findings-count")).getText().isEmpty());
        assertThat(driver.findElement(By.id("findings-list")).getText()).doesNotContain("Lỗi nhập");
        assertThat(stored()).as("opening saves nothing").isEqualTo(before);
        assertThat(driver.findElement(By.id("saved")).getText()).isEqualTo("Chưa lưu");

        WebElement subject = at("subject");
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dự họp giao ban quý IV");
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("editor.html?id="));
        new WebDriverWait(driver, WAIT).until(d -> stored() == before + 1);
        driver.findElement(By.id("save")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("saved")).getText().contains("Đã lưu bản 2"));
        assertThat(stored()).as("one draft, saved in versions").isEqualTo(before + 1);
        String id = driver.getCurrentUrl().replaceAll(".*id=", "");
        assertThat(server.store.find(vn.giaymoi.application.port.out.InvitationId.parse(id)).orElseThrow()
                .invitation().subject().plain()).isEqualTo("Dự họp giao ban quý IV");
    }

    @Test
    void a_new_draft_starts_from_a_chosen_earlier_invitation() {
        String earlier = server.store.create(parse(DRAFT), TestServer.CLOCK.instant()).id().toString();
        driver.get(url("/editor.html?new"));
        waitForPreview("Dự họp");
        Select from = new Select(driver.findElement(By.id("from-earlier")));
        new WebDriverWait(driver, WAIT).until(d -> from.getOptions().size() > 1);
        from.selectByValue(earlier);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("editor.html?id=")
                && !d.getCurrentUrl().endsWith(earlier));
        waitForPreview("Dự họp triển khai kế hoạch cải cách hành chính năm 2027");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Dự thảo");
    }

    @Test
    void history_compares_two_versions_word_by_word_and_restores_an_old_one_as_a_new_version() {
        String id = open(DRAFT);
        WebElement subject = at("subject");
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dự họp sơ kết kế hoạch cải cách hành chính năm 2027");
        waitForPreview("Dự họp sơ kết");
        driver.findElement(By.id("save")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("saved")).getText().contains("Đã lưu bản 2"));

        driver.findElement(By.id("history-toggle")).click();
        By rows = By.cssSelector("#history-list li");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(rows).size() == 2);
        assertThat(driver.findElements(rows).get(0).getText()).startsWith("Bản 2 · ").contains("ngày 05/05/2026");
        driver.findElement(By.id("diff-show")).click();
        WebElement diff = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#diff-out .diff-text")));
        assertThat(diff.findElements(By.tagName("del"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("triển"));
        assertThat(diff.findElements(By.tagName("ins"))).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("sơ"));
        assertThat(driver.findElement(By.id("diff-out")).getText()).contains("Bản 1 → bản 2");

        driver.findElements(rows).get(1).findElement(By.tagName("button")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("saved")).getText().contains("Đã lưu bản 3"));
        waitForPreview("Dự họp triển khai kế hoạch");
        var now = server.store.find(vn.giaymoi.application.port.out.InvitationId.parse(id)).orElseThrow();
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.invitation().subject().plain()).isEqualTo("Dự họp triển khai kế hoạch cải cách hành chính năm 2027");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(rows).size() == 3);
    }

    /** The browser's own print of the page (Chromium's print preview as a PDF), on the page's CSS page size. */
    byte[] printed() {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        return java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    }

    static List<String> pageTexts(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> pages = new java.util.ArrayList<>();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    byte[] download(String id) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/api/v1/invitations/" + id + "/document?format=pdf")))
                .header("Authorization", "Bearer " + server.adminToken()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void printing_prints_only_the_document_on_as_many_pages_as_the_pdf() throws Exception {
        for (String seed : List.of("seed-000.yaml", "seed-004.yaml", "seed-001.yaml")) {
            String id = open(seed(seed));
            assertThat(driver.findElement(By.id("print")).getText()).isEqualTo("In");
            List<String> print = pageTexts(printed());
            List<String> pdf = pageTexts(download(id));
            assertThat(print).as(seed + ": pages of the print preview and of the PDF").hasSameSizeAs(pdf);
            String all = String.join("\n", print);
            assertThat(all).as(seed).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Nơi nhận")
                    .doesNotContain("Kiểm tra theo NĐ 30").doesNotContain("Xem trước").doesNotContain("Trình duyệt");
        }
    }

    /** The last line of each page but the last, as printed. */
    static List<String> pageEnds(List<String> pages) {
        return pages.subList(0, pages.size() - 1).stream().map(p -> {
            String[] lines = p.strip().split("\\R");
            return lines[lines.length - 1].strip();
        }).toList();
    }

    @Test
    void a_lead_in_line_is_never_the_last_line_of_a_printed_page() throws Exception {
        open(DRAFT);
        int without = 0;
        for (int filler = 8; filler <= 36; filler++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < filler; i++) {
                body.append("{marker: '-', text: 'Nội dung chuẩn bị thứ ").append(i + 1)
                        .append(" của các cơ quan, đơn vị được giao trình bày tại cuộc họp.'},");
            }
            String yaml = DRAFT.replace("distribution:", "  - {marker: '3.', text: 'Chuẩn bị:', points: [" + body + "]}\n"
                    + "  - {marker: '4.', text: 'Nội dung cuộc họp gồm các phần như sau:', points: [{marker: 'a)', text: 'Báo cáo kết quả.'},"
                    + " {marker: 'b)', text: 'Thảo luận.'}]}\ndistribution:");
            String html = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/render?format=html', {method: 'POST', headers: {'Content-Type': 'application/yaml'}, body: arguments[0]})"
                    + ".then(r => r.text()).then(done);", yaml);
            js("preparePrint(arguments[0])", html);
            assertThat(pageEnds(pageTexts(printed()))).as("filler " + filler).noneMatch(line -> line.endsWith(":"));
            js("preparePrint(arguments[0]); document.querySelectorAll('#print-doc .keep-next').forEach(p => p.classList.remove('keep-next'))", html);
            if (pageEnds(pageTexts(printed())).stream().anyMatch(line -> line.endsWith(":"))) without++;
        }
        assertThat(without).as("some of these lengths end a page on the lead-in when nothing keeps it").isPositive();
    }

    /** axe-core's serious and critical violations on the page shown (vendored from npm, see test resources). */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations() throws java.io.IOException {
        try (var in = ClerkEditorBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            js(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                + " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("nodes")).toList();
    }

    @Test
    void the_list_editor_register_and_import_pages_have_no_serious_accessibility_violations() throws Exception {
        driver.get(url("/"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("message")).getText().length() > 0);
        assertThat(seriousViolations()).as("danh sách").isEmpty();

        String id = open(seed("seed-004.yaml"));
        finding("ND30-ARCHIVE-PERIOD");
        driver.findElement(By.id("history-toggle")).click();
        assertThat(seriousViolations()).as("trình soạn").isEmpty();

        driver.get(url("/register.html"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("message")).getText().length() > 0);
        assertThat(seriousViolations()).as("sổ văn bản đi").isEmpty();

        // the editor as the import opens it, with the import report
        js("sessionStorage.setItem('giaymoi-import-' + arguments[0], JSON.stringify({file: 'giay-moi-cu.docx',"
                + " report: [{display: 'đoạn 12 (“Thời gian: 8h30, thứ…”): [cần xem lại] giờ họp'}],"
                + " formatFindings: [{severity: 'warning', display: 'Lề trái 25 mm; cần 30–35 mm (Phụ lục I, mục I.3)'}]}))", id);
        driver.get(url("/editor.html?id=" + id));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("import-report")).isDisplayed());
        waitForPreview("Nơi nhận");
        assertThat(seriousViolations()).as("nhập từ tệp").isEmpty();
    }

    @Test
    void at_768_px_the_editor_and_preview_stack_without_sideways_scrolling() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1000));
        try {
            open(seed("seed-000.yaml"));
            Object fits = js("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits).as("no sideways scroll at 768 px").isEqualTo(true);
            Number formBottom = (Number) js("return document.getElementById('form').getBoundingClientRect().bottom");
            Number previewTop = (Number) js("return document.getElementById('preview-panel').getBoundingClientRect().top");
            assertThat(previewTop.doubleValue()).as("the preview under the form").isGreaterThanOrEqualTo(formBottom.doubleValue());
            new WebDriverWait(driver, WAIT).withMessage("the whole page width of the preview is visible")
                    .until(d -> js("const f = document.getElementById('preview-frame');"
                    + " const sheet = f.contentDocument.querySelector('.sheet');"
                    + " return f.getBoundingClientRect().right <= window.innerWidth"
                    + " && sheet.getBoundingClientRect().right <= f.clientWidth + 1").equals(true));
            screenshot("editor-768");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
    }

    @Test
    void keyboard_only_a_chip_opens_edits_and_closes() {
        open(DRAFT);
        WebElement chip = at("body[0].text").findElement(By.cssSelector(".chip[data-ph=start]"));
        js("arguments[0].focus()", chip);
        chip.sendKeys(Keys.ENTER);
        WebElement time = driver.switchTo().activeElement();
        assertThat(time.getAttribute("data-path")).isEqualTo("body[0].session.start");
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9:15", Keys.ESCAPE);
        assertThat(driver.switchTo().activeElement().getAttribute("data-ph")).isEqualTo("start");
        waitForPreview("Thời gian: 09 giờ 15");
        // every control on the editor has a name a screen reader can say
        Object unnamed = js("return [...document.querySelectorAll('input, select, textarea, button, [contenteditable]:not(.chip)')]"
                + ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby') && !(e.tagName === 'BUTTON' && e.textContent.trim()))"
                + ".map(e => e.outerHTML.slice(0, 80))");
        assertThat((List<?>) unnamed).isEmpty();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void screenshots_of_the_editor_at_1366_and_768_px() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        open(seed("seed-000.yaml"));
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("findings-count")).getText().isEmpty());
        screenshot("editor-1366");
        assertThat(Path.of("target", "screenshots", "editor-1366.png")).isNotEmptyFile();
    }

    @Test
    void the_verification_panel_shows_each_signature_and_a_byte_changed_after_signing(@TempDir Path files) throws Exception {
        var pki = vn.giaymoi.sign.pki.TestPki.shared();
        var signer = new vn.giaymoi.sign.pdf.PadesSigner(java.util.Optional.empty());
        byte[] once = signer.sign(vn.giaymoi.sign.pki.TestImages.invitationPdf(), pki.signer.signingKey(),
                new vn.giaymoi.sign.pdf.Appearance.SignerSignature(vn.giaymoi.sign.pdf.PngImage.read(
                        vn.giaymoi.sign.pki.TestImages.signature(), "chu-ky.png"), java.util.Optional.empty()),
                java.time.ZonedDateTime.now());
        byte[] signed = signer.sign(once, pki.organisation.signingKey(), new vn.giaymoi.sign.pdf.Appearance.OrganisationSeal(
                vn.giaymoi.sign.pdf.PngImage.read(vn.giaymoi.sign.pki.TestImages.seal(), "dau.png")), java.time.ZonedDateTime.now());
        Path good = java.nio.file.Files.write(files.resolve("gm-ky.pdf"), signed);
        byte[] changedBytes = signed.clone();
        changedBytes[20] ^= 0x01;
        Path changed = java.nio.file.Files.write(files.resolve("gm-sua.pdf"), changedBytes);

        open(DRAFT);
        driver.findElement(By.cssSelector("#verify summary")).click();
        driver.findElement(By.id("verify-file")).sendKeys(good.toString());
        By signatures = By.cssSelector("#verify-out section.signature");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(signatures).size() == 2);
        WebElement first = driver.findElements(signatures).get(0);
        assertThat(first.getText()).contains("Chữ ký 1: Trần Văn B").contains("Sở Nội vụ tỉnh Hà Tĩnh")
                .contains("chưa có chứng thư gốc tin cậy nào"); // the test server trusts no root
        var report = new vn.giaymoi.sign.verify.PdfSignatureVerifier().verify(signed,
                vn.giaymoi.sign.cert.TrustAnchors.of(List.of()), java.time.Instant.now());
        for (var line : vn.giaymoi.sign.verify.ReportText.lines(report.signatures().get(0), vn.giaymoi.domain.rules.Language.VI)) {
            assertThat(first.getText()).contains(line.label());
        }
        assertThat(first.getText()).contains("không thay đổi sau khi ký");

        driver.findElement(By.id("verify-file")).sendKeys(changed.toString());
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(signatures).size() == 2
                && d.findElements(signatures).get(0).getText().contains("không hợp lệ"));
        assertThat(driver.findElements(signatures).get(0).getText()).contains("ĐÃ BỊ THAY ĐỔI sau khi ký");
        assertThat(driver.findElement(By.cssSelector("#verify-out .verdict")).getText()).startsWith("Có chữ ký không hợp lệ");
    }
}

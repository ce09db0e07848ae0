package vn.giaymoi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.web.testing.TestServer;

/**
 * Uploading a Word invitation on the list page in headless Chromium opens the imported draft in the editor, with the
 * import report and the file's format findings beside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Vertx vertx;
    private TestServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path profile) {
        Assumptions.assumeFalse("1".equals(System.getenv("GIAYMOI_SKIP_BROWSER")), "GIAYMOI_SKIP_BROWSER=1");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Thiếu trình duyệt cho kiểm thử giao diện: cần " + CHROMIUM + " và " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver, hoặc GIAYMOI_SKIP_BROWSER=1).");
        }
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        HeadlessChromium.logIn(driver, server.port(), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (vertx != null) TestServer.await(vertx.close());
    }

    @Test
    void an_uploaded_docx_opens_in_the_editor_with_its_import_report(@TempDir Path dir) throws Exception {
        var seed = ((Parsed.Ok) new InvitationFormat().read(Path.of("..", "examples", "seed-001.yaml"))).invitation();
        byte[] good = new InvitationRenderer().render(seed, Format.DOCX).bytes();
        Path file = dir.resolve("giay-moi-cu.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(good))) {
            doc.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(1134)); // 20 mm: too narrow
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        driver.get("http://localhost:" + server.port() + "/");
        WebElement input = driver.findElement(By.id("import-file"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(file.toString());
        try {
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("editor.html?id=")
                    && d.findElement(By.id("import-report")).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Không mở được bản nháp đã nhập; trang: " + driver.getCurrentUrl() + " — "
                    + driver.findElement(By.tagName("body")).getText());
        }
        String report = driver.findElement(By.id("import-report")).getText();
        assertThat(report).contains("giay-moi-cu.docx").contains("ND30-DOCX-MARGINS").contains("lề trang");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("[data-path=\"subject\"]"))
                .getAttribute("value").startsWith("Dự họp rà soát"));
    }
}

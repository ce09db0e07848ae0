package vn.giaymoi.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium + chromium-driver, headless, for the browser tests. Fails when they are missing, unless
 * GIAYMOI_SKIP_BROWSER=1 (then the test class is skipped).
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Skips or fails before anything is started when the browser cannot run here. */
    static void requireBrowser() {
        Assumptions.assumeFalse("1".equals(System.getenv("GIAYMOI_SKIP_BROWSER")), "GIAYMOI_SKIP_BROWSER=1");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Thiếu trình duyệt cho kiểm thử giao diện: cần " + CHROMIUM + " và " + CHROMEDRIVER
                    + ". Cài bằng: apt-get update && apt-get install -y chromium chromium-driver"
                    + " (hoặc đặt GIAYMOI_SKIP_BROWSER=1 để bỏ qua trên máy không có trình duyệt).");
        }
    }

    /**
     * Logs in through the login page as {@code username} and waits for the list: the pages need a session, as a
     * user's browser does.
     */
    static void logIn(ChromeDriver driver, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login.html");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login.html"));
        } catch (TimeoutException e) {
            fail("Không đăng nhập được bằng " + username + ": " + driver.findElement(By.id("message")).getText()
                    + " (trang " + driver.getCurrentUrl() + ", cookie: " + driver.executeScript("return document.cookie")
                    + ")");
        }
    }

    /** A browser with its own profile folder, saving downloads into {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads) {
        return start(profile, downloads, new String[0]);
    }

    /** The same, with more command-line switches ({@code --lang=en-US} for a browser in another language). */
    static ChromeDriver start(Path profile, Path downloads, String... switches) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.addArguments(switches);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new ChromeDriver(options);
    }
}

package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page end to end in Debian's headless Chromium (through /usr/bin/chromedriver), over
 * a real custody story on the chain: search, a lot's history, a transaction, the chain of custody,
 * the certificate download, and keyboard-only use. Screenshots go to target/screenshots, and to
 * docs/screenshots with {@code -Dgvr.screenshots.docs=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPageTest extends ExplorerFixture {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private WebDriver browser;
  private Path profile;
  private Path downloads;
  private Story story;

  @BeforeAll
  void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "skipped: the explorer page tests need Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "): apt-get install chromium chromium-driver (CI installs them)");
    story = custodyStory();
    profile = TestDirectories.create("explorer-chromium");
    downloads = TestDirectories.create("explorer-downloads");
    // given explicitly, so Selenium Manager never looks for or downloads a driver or browser
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,1400");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile());
    browser = new ChromeDriver(service.build(), options);
    browser.manage().window().setSize(new Dimension(1280, 1400));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchesALotFollowsItsHistoryToATransactionAndShowsTheChainOfCustody() throws IOException {
    open("/");
    WebElement search = waitFor(ExpectedConditions.elementToBeClickable(By.id("search-q")));
    search.sendKeys(story.childOwner());
    byId("search-button").click();
    waitFor(ExpectedConditions.elementToBeClickable(lotLink(story.child()))).click();

    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history tbody tr")));
    List<String> kinds =
        browser.findElements(By.cssSelector("#history tbody th")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(kinds).containsExactly("TRANSFERRED_IN", "ALLOCATED", "TRANSFERRED_OUT", "RETIRED");
    assertThat(byId("custody-up").getText()).contains(story.root()).contains(story.rootOwner());
    assertThat(byId("custody-down").getText()).contains(story.grandchild());
    screenshot(browser.findElement(By.tagName("body")), "explorer-lot-history.png");
    scrollTo(byId("custody"));
    screenshot(byId("custody"), "explorer-custody.png");

    WebElement tx = browser.findElements(By.cssSelector("#history a.tx-link")).get(3);
    String hash = tx.getAttribute("title");
    tx.click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tx-lot-events")));
    assertThat(byId("tx-facts").getText()).contains(hash);
    assertThat(byId("tx-lot-events").getText()).contains("RETIRED").contains(story.child());
    assertThat(byId("tx-retirements").getText()).contains(story.retirement());

    assertThat(byId("tx-facts").getText()).contains("lot retirement");

    browser.findElement(By.cssSelector("#tx-lot-events a[href='#/lot/" + story.child() + "']"));
    open("/#/lot/" + story.child());
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history a.tx-link")));
    browser.findElements(By.cssSelector("#history a.tx-link")).get(0).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tx-transfers")));
    assertThat(byId("tx-facts").getText()).contains("transfer");
    assertThat(byId("tx-transfers").getText())
        .contains(story.root())
        .contains(story.child())
        .contains("INV-2026-0042");
    open("/#/lot/" + story.root());
    waitFor(ExpectedConditions.presenceOfElementLocated(lotLink(story.child())));
    assertThat(byId("custody-down").getText()).contains(story.child()).contains(story.childOwner());
  }

  @Test
  void downloadsTheRetirementCertificateAndLinksToTheVerifier() throws Exception {
    open("/#/lot/" + story.child());
    waitFor(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='#/retirement/" + story.retirement() + "']")))
        .click();
    WebElement download =
        waitFor(ExpectedConditions.elementToBeClickable(By.id("download-certificate")));
    WebElement verify = byId("verify-link");
    assertThat(verify.getAttribute("href"))
        .startsWith("http://localhost:8082/?credential=")
        .contains(story.retirement());
    assertThat(byId("retirement-facts").getText()).contains("Fleet Co. Scope 3 2026");

    download.click();

    Path file = downloads.resolve("retirement-certificate-" + story.retirement() + ".json");
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(file));
    assertThat(new ObjectMapper().readTree(Files.readString(file)))
        .isEqualTo(story.retirementView().get("certificate"));
  }

  @Test
  void worksWithTheKeyboardAlone() {
    open("/");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("search-q")));
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement skip = active();
    assertThat(skip.getAttribute("id")).isEqualTo("skip-link");
    assertThat(skip.getRect().getY())
        .as("the skip link shows when focused")
        .isGreaterThanOrEqualTo(0);
    assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
    skip.sendKeys(Keys.ENTER);
    tabUntil("search-q", 10).sendKeys(story.childOwner(), Keys.ENTER);
    waitFor(ExpectedConditions.presenceOfElementLocated(lotLink(story.child())));
    WebElement lot = tabUntilLink("#/lot/" + story.child(), 20);
    assertThat(lot.getCssValue("outline-style")).as("visible focus").isEqualTo("solid");
    lot.sendKeys(Keys.ENTER);
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), story.child()));
    waitFor(d -> "title".equals(active().getAttribute("id"))); // focus moves to the new heading
    WebElement tx = tabUntilClass("tx-link", 40);
    tx.sendKeys(Keys.ENTER);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tx-lot-events")));
  }

  private WebElement tabUntil(String id, int most) {
    for (int i = 0; i < most; i++) {
      active().sendKeys(Keys.TAB);
      if (id.equals(active().getAttribute("id"))) {
        return active();
      }
    }
    throw new AssertionError("no #" + id + " within " + most + " tabs");
  }

  private WebElement tabUntilLink(String href, int most) {
    for (int i = 0; i < most; i++) {
      active().sendKeys(Keys.TAB);
      if (href.equals(active().getDomAttribute("href"))) {
        return active();
      }
    }
    throw new AssertionError("no link to " + href + " within " + most + " tabs");
  }

  private WebElement tabUntilClass(String cls, int most) {
    for (int i = 0; i < most; i++) {
      active().sendKeys(Keys.TAB);
      if (String.valueOf(active().getAttribute("class")).contains(cls)) {
        return active();
      }
    }
    throw new AssertionError("no ." + cls + " within " + most + " tabs");
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static By lotLink(String id) {
    return By.cssSelector(
        "#lots a[href='#/lot/" + id + "'], #custody-down a[href='#/lot/" + id + "']");
  }

  private WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private <T> T waitFor(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", element);
  }

  /**
   * Saves a screenshot of {@code element} to target/screenshots; with {@code
   * -Dgvr.screenshots.docs=true}, to docs/screenshots as well (the committed ones), so an ordinary
   * test run leaves the tree as it was.
   */
  private static void screenshot(WebElement element, String name) throws IOException {
    Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
    Path target = Files.createDirectories(Path.of("target", "screenshots"));
    Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    Path docs = Path.of("..", "docs");
    if (Boolean.getBoolean("gvr.screenshots.docs") && Files.isDirectory(docs)) {
      Files.copy(
          shot,
          Files.createDirectories(docs.resolve("screenshots")).resolve(name),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

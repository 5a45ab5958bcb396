package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verifier.TestCredentials.*;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.BatchOutcome;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web page end to end: the verifier on a random port with its embedded PostgreSQL, an offline
 * trust list and a real dev chain (anvil) for anchors and lots, driven by Debian's headless
 * Chromium through /usr/bin/chromedriver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPageTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final int MAX_BODY = 256 * 1024;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Path HOME = TestDirectories.create("verifier-web-test");

  static DevChain chain;
  static Ledger ledger;
  static WebDriver browser;
  static SealedPack pack;
  static Path packFile;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path list = Files.writeString(HOME.resolve("trust-list.jwt"), trustList());
    registry.add("gvr.database.data-dir", () -> HOME.resolve("db").toString());
    registry.add("gvr.keys.master-key-file", () -> HOME.resolve("master.key").toString());
    // Every page test verifies from 127.0.0.1; the per-address limit has its own test.
    registry.add("gvr.verifier.web.rate-limit.capacity", () -> "10000");
    registry.add("gvr.verifier.trust-list-file", list::toString);
    registry.add("gvr.verifier.trust-list-issuer", () -> did(REGISTRY));
    registry.add("gvr.verifier.web.max-body-bytes", () -> MAX_BODY);
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
    var contracts = ledger.contracts();
    registry.add("gvr.verifier.ledger.rpc-url", () -> chain.rpcUrl().toString());
    registry.add(
        "gvr.verifier.ledger.contracts",
        () ->
            contracts.anchorRegistry()
                + ","
                + contracts.trustRegistry()
                + ","
                + contracts.greenValueLedger());
  }

  /** Anchors {@code secured} on the dev chain and answers its receipt. */
  static AnchorReceipt anchor(String secured) {
    var anchored =
        (BatchOutcome.Anchored)
            AnchorBatcher.of(ledger)
                .anchorTexts(
                    Bytes32.keccakOf("web-" + System.nanoTime()), List.of(digestOf(secured)));
    return anchored.receipts().getFirst();
  }

  @BeforeAll
  static void start() throws IOException {
    packFile = HOME.resolve("evidence-pack.zip");
    pack = pack(packFile);
    browser = HeadlessChromium.start();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (ledger != null) {
      ledger.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @BeforeEach
  void open() {
    browser.get("http://localhost:" + port + "/");
    waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#policy option"), 1));
  }

  static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
  }

  static WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  /** Puts {@code text} into the credential box as a paste would (no per-key typing). */
  static void paste(String text) {
    WebElement box = byId("credential");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", box, text);
  }

  static Path file(String name, String content) throws IOException {
    return Files.writeString(HOME.resolve(name), content);
  }

  static WebElement verifyAndWaitForReport() {
    byId("verify").click();
    return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
  }

  static WebElement verifyAndWaitForError() {
    byId("verify").click();
    return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
  }

  static String outcome(String check) {
    return browser
        .findElement(By.cssSelector("tr[data-check='" + check + "']"))
        .getAttribute("data-outcome");
  }

  /**
   * The window as a reader sees it ({@code name}.png) and the whole page ({@code name}-full.png).
   */
  static void screenshot(String name) throws IOException {
    var js = (JavascriptExecutor) browser;
    js.executeScript("window.scrollTo(0, 0);");
    save(name + ".png");
    long height =
        ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 140, 6000)));
    js.executeScript("window.scrollTo(0, 0);");
    save(name + "-full.png");
    browser.manage().window().setSize(new Dimension(1280, 1800));
  }

  static void save(String file) throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aValidCredentialWithItsInputsShowsEveryPartOfTheReport() throws Exception {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");
    paste(claim);
    byId("pack-file").sendKeys(packFile.toString());
    AnchorReceipt receipt = anchor(claim);
    byId("receipt-file")
        .sendKeys(file("receipt.json", AnchorReceiptJson.write(receipt)).toString());
    byId("assurance-files").sendKeys(file("assurance.jwt", assurance(claim, pack)).toString());
    new Select(byId("level")).selectByValue("reasonable");
    new Select(byId("policy")).selectByValue("green-loan");

    WebElement verdict = verifyAndWaitForReport();

    assertThat(verdict.getAttribute("data-verdict")).isEqualTo("VERIFIED");
    assertThat(verdict.getText()).contains("VERIFIED", "0 failed", "Every check passed");
    assertThat(outcome("credential.proof[0].signature")).isEqualTo("PASSED");
    assertThat(outcome("trust.issuer")).isEqualTo("PASSED");
    assertThat(outcome("evidence.expected.root")).isEqualTo("PASSED");
    assertThat(browser.findElements(By.cssSelector("#checks tr[data-check^='anchor.chain']")))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getAttribute("data-outcome")).isEqualTo("PASSED"));
    assertThat(browser.findElements(By.cssSelector("#checks tr[data-outcome='FAILED']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#checks tbody tr")).size()).isGreaterThan(10);
    assertThat(byId("trust-chain").getText())
        .contains(did(SUPPLIER), "accredited issuer", did(ASSURER), "accredited provider");
    assertThat(byId("anchor").getText())
        .contains(
            receipt.txHash(),
            String.valueOf(receipt.blockNumber()),
            String.valueOf(chain.chainId()),
            receipt.blockTime().toString(),
            "confirmed against the ledger");
    assertThat(byId("evidence").getText()).contains("meter-readings.csv", "baseline-method.txt");
    assertThat(byId("credential-facts").getText()).contains("150 t", "ISO 14064-2");
    assertThat(byId("eligibility").getText()).contains("green-loan");
    List<WebElement> rules = browser.findElements(By.cssSelector("#eligibility li[data-rule]"));
    assertThat(rules).hasSizeGreaterThan(3);
    assertThat(byId("eligible").getAttribute("data-eligible")).isEqualTo("true");
    assertThat(byId("status").getText()).contains("VERIFIED");
    screenshot("valid");
  }

  /**
   * The custody card as the page draws it from a report's {@code custody} facts (in the shape of
   * {@code VerificationJson}; the chain walk itself is tested in verification's CustodyChainTest).
   */
  @Test
  void drawsTheCustodyChainOfAnInheritedCredentialAsAnAccessibleTable() throws Exception {
    String answer =
        """
        {"report": {"verdict": "NOT_VERIFIED", "valid": false, "gaps": [],
          "checks": [{"name": "chain.custody", "outcome": "FAILED",
                      "reason": "upstream[0]: claims of 300 exceed the allocation's 200"}],
          "facts": {"credentialTypes": ["VerifiableCredential", "EmissionReductionCredential"],
            "issuer": "did:key:z6MkDownstream", "issuerTrusted": true,
            "subjectKind": "EMISSION_REDUCTION", "status": {"checked": false},
            "custody": {"verified": false, "attributable": "0", "tiers": [
              {"tier": 1, "organisation": "org-parts", "lotId": "urn:uuid:2", "quantity": "300",
               "credentialDigest": "sha256:ab", "verdict": "NOT_VERIFIED"},
              {"tier": 2, "organisation": "org-steel", "lotId": "urn:uuid:1", "quantity": "1000",
               "credentialDigest": "sha256:ab", "verdict": "VERIFIED"}]}}}}
        """;
    Object drawn =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/assets/render.js').then((m) => {"
                    + "  const target = document.getElementById('report');"
                    + "  target.hidden = false;"
                    + "  m.renderReport(target, JSON.parse(arguments[0]));"
                    + "  done('ok');"
                    + "}).catch((e) => done(String(e)));",
                answer);
    assertThat(drawn).isEqualTo("ok");

    WebElement custody = byId("custody");
    assertThat(byId("custody-title").getText()).isEqualTo("Custody chain (2 tiers)");
    assertThat(custody.findElements(By.cssSelector("thead th[scope='col']")))
        .extracting(WebElement::getText)
        .containsExactly("Tier", "Organisation", "Lot", "Quantity", "Credential digest", "Verdict");
    List<WebElement> rows = custody.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getAttribute("data-verdict")).isEqualTo("NOT_VERIFIED");
    assertThat(rows.get(0).getText()).contains("org-parts", "urn:uuid:2", "300 t", "Failed");
    assertThat(rows.get(1).getText()).contains("org-steel", "1000 t", "Passed");
    assertThat(byId("custody-summary").getText())
        .contains("Chain not verified", "0 t attributable", "exceed the allocation's 200");
    assertThat(custody.findElements(By.tagName("canvas"))).isEmpty();
    screenshot("custody-chain");
  }

  @Test
  void aTamperedCredentialIsNotVerifiedWithItsProofCheckFailed() throws Exception {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");
    String tampered = claim.replace("\"400\"", "\"500\"").replace("\"150\"", "\"250\"");
    assertThat(tampered).isNotEqualTo(claim);
    paste(tampered);
    byId("pack-file").sendKeys(packFile.toString());
    new Select(byId("policy")).selectByValue("green-loan");

    WebElement verdict = verifyAndWaitForReport();

    assertThat(verdict.getAttribute("data-verdict")).isEqualTo("NOT_VERIFIED");
    assertThat(verdict.getText()).contains("NOT VERIFIED", "credential.proof[0].signature");
    assertThat(outcome("credential.proof[0].signature")).isEqualTo("FAILED");
    assertThat(byId("eligible").getAttribute("data-eligible")).isEqualTo("false");
    assertThat(
            browser.findElement(By.cssSelector("#eligibility li[data-rule='verified']")).getText())
        .contains("Failed");
    screenshot("tampered");
  }

  @Test
  void aPastedVcJwtVerifiesFromTheKeyboard() throws Exception {
    paste(reduction(pack, SecuringFormat.VC_JWT, "400", "250"));
    new Select(byId("policy")).selectByValue("");

    byId("verify").sendKeys(Keys.ENTER);
    WebElement verdict = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));

    // nothing anchors it and no evidence pack is given: incomplete, but nothing failed
    assertThat(verdict.getAttribute("data-verdict")).isEqualTo("INCOMPLETE");
    assertThat(browser.findElements(By.cssSelector("#checks tr[data-check$='signature']")))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getAttribute("data-outcome")).isEqualTo("PASSED"));
    assertThat(browser.findElements(By.id("eligibility"))).isEmpty();
    assertThat(byId("evidence").getText()).contains("no evidence pack given");
  }

  @Test
  void malformedInputShowsAClearErrorAndNoReport() throws Exception {
    paste("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\",");
    WebElement error = verifyAndWaitForError();
    assertThat(error.getText()).contains("The input cannot be verified", "not valid JSON");
    assertThat(byId("report").isDisplayed()).isFalse();

    paste("this is not a credential");
    assertThat(verifyAndWaitForError().getText()).contains("neither a JSON credential");

    paste("");
    assertThat(verifyAndWaitForError().getText()).contains("The credential is empty");
  }

  @Test
  void aRequestTheVerifierRefusesShowsItsProblem() throws Exception {
    paste(reduction(pack, SecuringFormat.VC_JWT, "400", "250"));
    byId("receipt-file").sendKeys(file("array-receipt.json", "[1, 2]").toString());

    WebElement error = verifyAndWaitForError();

    assertThat(error.getText()).contains("options.anchorReceipt must be the receipt JSON object");
    assertThat(byId("report").isDisplayed()).isFalse();
  }

  // over plain HTTP: what the page's chain lets through and what it keeps guarded

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageIsPublicAndLocalWhileTheApiStillNeedsAToken() throws Exception {
    var page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<main", "aria-live");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'", "connect-src 'self'");
    for (String asset :
        List.of(
            "/assets/app.js",
            "/assets/render.js",
            "/assets/request.js",
            "/assets/verify.css",
            "/favicon.svg")) {
      var response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.body())
          .as(asset)
          .doesNotContainPattern("(src|href|url)\\s*[=(]\\s*[\"']?https?://");
    }
    assertThat(get("/web/policies").body()).contains("\"green-loan\"");
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    String body = "{\"verifiableCredential\": \"" + jwt + "\"}";
    assertThat(post("/web/report", body).statusCode()).isEqualTo(200);
    assertThat(post("/reports", body).statusCode()).isEqualTo(401);
    assertThat(get("/policies").statusCode()).isEqualTo(401);
  }

  @Test
  void theReportEndpointRefusesWithProblems() throws Exception {
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    String body = "{\"verifiableCredential\": \"" + jwt + "\"}";

    var unknownPolicy = post("/web/report?policy=no-such-policy", body);
    var malformed = post("/web/report", "{\"verifiableCredential\": 5}");
    var unknownMember = post("/web/report", "{\"verifiableCredential\": \"x\", \"extra\": 1}");

    assertThat(unknownPolicy.statusCode()).isEqualTo(404);
    assertThat(unknownPolicy.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("must be a JSON object or a compact JWS string");
    assertThat(unknownMember.statusCode()).isEqualTo(400);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAnythingIsVerified() throws Exception {
    String padding = "A".repeat(MAX_BODY);
    var tooLarge = post("/web/report", "{\"verifiableCredential\": \"" + padding + "\"}");

    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(tooLarge.body()).contains("request-too-large");
  }
}

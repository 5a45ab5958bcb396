package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verifier.TestCredentials.*;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page opened from a link that names the credential ({@code ?credential=}), as the registry
 * explorer's "Verify" link of a retirement certificate does: the credential itself, or the URL of
 * the certificate, which the service fetches from an allowed origin only. A stand-in for the
 * registry's public certificate endpoint serves the documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebCredentialLinkTest {

  static final Path HOME = TestDirectories.create("verifier-link-test");
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();
  static HttpServer registry = serve();
  static WebDriver browser;
  static SealedPack pack;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry properties) throws IOException {
    Path list = Files.writeString(HOME.resolve("trust-list.jwt"), trustList());
    properties.add("gvr.database.data-dir", () -> HOME.resolve("db").toString());
    properties.add("gvr.keys.master-key-file", () -> HOME.resolve("master.key").toString());
    properties.add("gvr.verifier.web.rate-limit.capacity", () -> "10000");
    properties.add("gvr.verifier.trust-list-file", list::toString);
    properties.add("gvr.verifier.trust-list-issuer", () -> did(REGISTRY));
    properties.add("gvr.verifier.web.credential-origins", WebCredentialLinkTest::registryBase);
  }

  static HttpServer serve() {
    try {
      var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            String body = DOCUMENTS.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(
                body == null ? 404 : 200, body == null ? -1 : bytes.length);
            if (body != null) {
              exchange.getResponseBody().write(bytes);
            }
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String registryBase() {
    return "http://127.0.0.1:" + registry.getAddress().getPort();
  }

  @BeforeAll
  static void start() throws IOException {
    pack = pack(HOME.resolve("evidence-pack.zip"));
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    registry.stop(0);
  }

  @Test
  void aLinkToACertificateUrlLoadsTheCredentialAndVerifiesItOnLoad() {
    String certificate = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");
    String path = "/explorer/api/retirements/" + java.util.UUID.randomUUID() + "/certificate";
    DOCUMENTS.put(path, certificate);

    open("/?credential=" + encode(registryBase() + path));
    WebElement verdict = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));

    assertThat(verdict.getAttribute("data-verdict")).isIn("VERIFIED", "INCOMPLETE");
    assertThat(outcome("credential.proof[0].signature")).isEqualTo("PASSED");
    assertThat(browser.findElement(By.id("credential")).getAttribute("value"))
        .contains("\"proof\"");
    assertThat(browser.findElement(By.id("status")).getText()).contains("Verification finished");
  }

  @Test
  void aLinkCarryingTheCredentialItselfFillsTheInputAndVerifiesIt() {
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");

    open("/?credential=" + encode(jwt));
    waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));

    assertThat(browser.findElement(By.id("credential")).getAttribute("value")).isEqualTo(jwt);
    assertThat(browser.findElements(By.cssSelector("#checks tr[data-check$='signature']")))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getAttribute("data-outcome")).isEqualTo("PASSED"));
  }

  @Test
  void aLinkToAnotherOriginShowsTheRefusalAndVerifiesNothing() {
    long before = history();

    open("/?credential=" + encode("http://example.org/certificate.json"));
    WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));

    assertThat(error.getText())
        .contains("The linked credential could not be loaded", registryOrigin());
    assertThat(browser.findElement(By.id("credential")).getAttribute("value")).isEmpty();
    assertThat(browser.findElement(By.id("report")).isDisplayed()).isFalse();
    assertThat(history()).isEqualTo(before);
  }

  @Test
  void withoutALinkThePageWaitsForInput() {
    open("/");
    waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#policy option"), 1));

    assertThat(browser.findElement(By.id("credential")).getAttribute("value")).isEmpty();
    assertThat(browser.findElement(By.id("report")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.org/explorer/api/retirements/x/certificate",
        "file:///etc/passwd",
        "ftp://127.0.0.1/certificate",
        "http://user@127.0.0.1:PORT/certificate",
        "http://127.0.0.2:PORT/certificate",
        "https://127.0.0.1:PORT/certificate",
        "/explorer/api/retirements/x/certificate",
        "not a url at all"
      })
  void refusesAUrlOutsideTheAllowedOriginsWithAProblem(String url) throws Exception {
    long before = history();

    var answer = get(url.replace("PORT", String.valueOf(registry.getAddress().getPort())));

    assertThat(answer.statusCode()).as(url + " → " + answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(history()).isEqualTo(before);
  }

  @Test
  void refusesWhatTheAllowedOriginDoesNotServeAsACredential() throws Exception {
    DOCUMENTS.put("/not-a-credential", "hello");
    long before = history();

    var missing = get(registryBase() + "/no-such-certificate");
    var garbage = get(registryBase() + "/not-a-credential");

    assertThat(missing.statusCode()).isEqualTo(502);
    assertThat(missing.body()).contains("credential-unavailable", "answered 404");
    assertThat(garbage.statusCode()).isEqualTo(502);
    assertThat(garbage.body()).contains("neither a JSON credential nor a compact JWS");
    assertThat(history()).isEqualTo(before);
  }

  @Test
  void answersTheCredentialOfAnAllowedOrigin() throws Exception {
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    DOCUMENTS.put("/certificate.jwt", jwt);

    var answer = get(registryBase() + "/certificate.jwt");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"credential\":\"" + jwt + "\"");
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/web/credential?url=" + encode(url)))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long history() {
    return jdbc.sql("SELECT count(*) FROM verification_history").query(Long.class).single();
  }

  private static String registryOrigin() {
    return "http://127.0.0.1:" + registry.getAddress().getPort();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String outcome(String check) {
    return browser
        .findElement(By.cssSelector("tr[data-check='" + check + "']"))
        .getAttribute("data-outcome");
  }

  private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
  }
}

package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RegistryClient#readJson}, the reader's view of the registry (what the verification
 * library's online sources use), against a loopback server: a reader's token ({@code
 * registry.read}), the body as sent, 404 as empty, and failures that name the URL.
 */
class ReadJsonTest {
  private HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile String tokenForm = "";
  private volatile String accept = "";

  record Answer(int status, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    answers.put("/oauth2/token", new Answer(200, "{\"access_token\":\"t-1\",\"expires_in\":3600}"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    byte[] request = exchange.getRequestBody().readAllBytes();
    if (key.equals("/oauth2/token")) {
      tokens.incrementAndGet();
      tokenForm =
          URLDecoder.decode(new String(request, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } else {
      accept = exchange.getRequestHeaders().getFirst("Accept");
    }
    Answer answer = answers.getOrDefault(key, new Answer(404, "{\"status\":404}"));
    JsonReply.send(exchange, answer.status(), answer.body());
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private RegistryClient reader() {
    return new RegistryClient(RegistryClientConfig.reader(URI.create(base()), "reader", "s"));
  }

  @Test
  void answersTheBodyAsSentWithAReadersToken() {
    String chain = "{\"allocation\":{\"id\":\"a\"},  \"hops\":[]}";
    answers.put("/allocations/a/chain", new Answer(200, chain));

    assertThat(reader().readJson("/allocations/a/chain")).contains(chain);
    assertThat(tokenForm).isEqualTo("grant_type=client_credentials&scope=registry.read");
    assertThat(accept).isEqualTo("application/json");
  }

  @Test
  void aNotFoundIsEmptyAndOtherStatusesNameTheUrl() {
    answers.put("/refused", new Answer(403, "{\"status\":403,\"title\":\"Forbidden\"}"));
    answers.put("/failing", new Answer(503, "not json"));
    RegistryClient client = reader();

    assertThat(client.readJson("/anchors/sha256%3Aab")).isEmpty();
    assertThatThrownBy(() -> client.readJson("/refused"))
        .isInstanceOfSatisfying(
            RegistryException.Refused.class,
            e -> {
              assertThat(e).hasMessage("GET " + base() + "/refused answered 403");
              assertThat(e.problem().title()).isEqualTo("Forbidden");
            });
    assertThatThrownBy(() -> client.readJson("/failing"))
        .isInstanceOf(RegistryException.Unavailable.class)
        .hasMessage("GET " + base() + "/failing answered 503");
    assertThatThrownBy(() -> client.readJson("relative"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBodyOverTheReadersLimitIsRefusedUnread() {
    answers.put(
        "/big",
        new Answer(200, "\"" + "x".repeat(RegistryClientConfig.READER_MAX_RESPONSE_BYTES) + "\""));
    answers.put(
        "/fits",
        new Answer(
            200, "\"" + "x".repeat(RegistryClientConfig.READER_MAX_RESPONSE_BYTES - 2) + "\""));

    assertThat(reader().readJson("/fits")).isPresent();
    assertThatThrownBy(() -> reader().readJson("/big"))
        .isInstanceOf(RegistryException.Unavailable.class)
        .hasMessage(base() + "/big: response larger than 1048576 bytes");
  }

  @Test
  void anUnreachableRegistryIsUnavailableWithItsUrl() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    RegistryClient client =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create("http://127.0.0.1:" + port), "reader", "s"));

    assertThatThrownBy(() -> client.readJson("/anchors/x"))
        .isInstanceOf(RegistryException.Unavailable.class)
        .hasMessageStartingWith(
            "registry unreachable at http://127.0.0.1:" + port + "/oauth2/token");
  }

  @Test
  void refusedClientCredentialsAndATokenlessAnswerAreSaidSo() {
    answers.put("/oauth2/token", new Answer(401, "{\"error\":\"invalid_client\"}"));
    assertThatThrownBy(() -> reader().readJson("/anchors/x"))
        .isInstanceOfSatisfying(
            RegistryException.Refused.class,
            e -> {
              assertThat(e)
                  .hasMessage("the registry refused the client credentials of reader (401)");
              assertThat(e.problem().title()).isEqualTo("invalid_client");
            });

    answers.put("/oauth2/token", new Answer(503, "{}"));
    assertThatThrownBy(() -> reader().readJson("/anchors/x"))
        .isInstanceOf(RegistryException.Unavailable.class)
        .hasMessage("POST " + base() + "/oauth2/token answered 503");

    answers.put("/oauth2/token", new Answer(200, "{\"token_type\":\"Bearer\"}"));
    assertThatThrownBy(() -> reader().readJson("/anchors/x"))
        .isInstanceOf(RegistryException.Unavailable.class)
        .hasMessage("the token response has no access_token");
  }

  @Test
  void theEncodingSuitsPathsAndQueries() {
    assertThat(RegistryClient.encode("did:web:a.example%3A8443 x+y"))
        .isEqualTo("did%3Aweb%3Aa.example%253A8443%20x%2By");
  }

  @Test
  void aWritersLimitIsSixteenMebibytesAndALimitMustBeSensible() {
    URI base = URI.create(base());
    assertThat(RegistryClientConfig.writer(base, "w", "s").maxResponseBytes())
        .isEqualTo(16 * 1024 * 1024);
    assertThatThrownBy(
            () ->
                new RegistryClientConfig(
                    base, "w", "s", java.util.Set.of(), java.time.Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

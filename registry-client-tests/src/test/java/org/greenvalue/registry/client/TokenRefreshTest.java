package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real HTTP server playing a registry that restarts: it then refuses (401) the tokens it issued
 * before. The client drops its token, gets a new one and asks once more.
 */
class TokenRefreshTest {
  private HttpServer server;
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger trustCalls = new AtomicInteger();
  private final AtomicReference<String> accepted = new AtomicReference<>("none");
  private volatile boolean restarted;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/oauth2/token", this::token);
    server.createContext("/trust", this::trust);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void token(HttpExchange exchange) throws IOException {
    String token = (restarted ? "after-" : "before-") + issued.incrementAndGet();
    if (!"never".equals(accepted.get())) {
      accepted.set(token);
    }
    JsonReply.send(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3600}");
  }

  private void trust(HttpExchange exchange) throws IOException {
    trustCalls.incrementAndGet();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + accepted.get()).equals(auth)) {
      JsonReply.send(exchange, 401, "{\"status\":401}");
      return;
    }
    JsonReply.send(
        exchange,
        200,
        "{\"did\":\"did:web:x.example\",\"credentialType\":\"T\","
            + "\"at\":\"2026-01-01T00:00:00Z\",\"trusted\":true,\"reason\":\"accredited\"}");
  }

  private RegistryClient client() {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new RegistryClient(RegistryClientConfig.writer(base, "reader", "s"));
  }

  @Test
  void aTokenRefusedAfterARestartIsReplacedAndTheCallAnswers() {
    RegistryClient client = client();
    assertThat(client.trust("did:web:x.example", "T", Instant.EPOCH).trusted()).isTrue();

    restarted = true;
    accepted.set("nothing-issued-yet");
    assertThat(client.trust("did:web:x.example", "T", Instant.EPOCH).trusted()).isTrue();

    assertThat(issued.get()).isEqualTo(2);
    assertThat(trustCalls.get()).as("1 before, then 401 and the retry").isEqualTo(3);
  }

  @Test
  void aRegistryThatKeepsRefusingIsAskedOnceMoreAndTheRefusalSurfaces() {
    accepted.set("never");
    RegistryClient client = client();

    assertThatThrownBy(() -> client.trust("did:web:x.example", "T", Instant.EPOCH))
        .isInstanceOfSatisfying(
            RegistryException.Refused.class, e -> assertThat(e.problem().status()).isEqualTo(401));
    assertThat(trustCalls.get()).isEqualTo(2);
    assertThat(issued.get()).isEqualTo(2);
  }
}

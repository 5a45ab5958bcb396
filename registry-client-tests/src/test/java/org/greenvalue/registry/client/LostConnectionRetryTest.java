package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real HTTP server playing a registry instance that dies under a request: it drops the connection
 * without answering, as a killed instance behind a load balancer does to the kept-alive connection
 * that still leads to it. The client sends the request once more on a new connection, with the same
 * idempotency key, and no more than once; a timeout is not repeated.
 */
class LostConnectionRetryTest {
  private HttpServer server;
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private volatile int dropFirst;
  private volatile Duration delay = Duration.ZERO;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/oauth2/token",
        e -> JsonReply.send(e, 200, "{\"access_token\":\"t\",\"expires_in\":3600}"));
    server.createContext("/status-lists", this::status);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void status(HttpExchange exchange) throws IOException {
    keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
    exchange.getRequestBody().readAllBytes();
    if (keys.size() <= dropFirst) {
      // no answer: the server closes the connection, as a killed instance's socket does
      throw new IllegalStateException("instance dies under the request");
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    JsonReply.send(
        exchange,
        200,
        "{\"listId\":7,\"index\":3,\"statusPurpose\":\"suspension\",\"issuer\":\"did:web:x\","
            + "\"set\":true,\"listVersion\":2}");
  }

  private RegistryClient client(Duration timeout) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new RegistryClient(
        new RegistryClientConfig(base, "issuer", "s", Set.of("registry.write"), timeout));
  }

  @Test
  void aWriteWhoseConnectionDiesIsSentOnceMoreWithTheSameKey() {
    dropFirst = 1;
    StatusState state =
        client(Duration.ofSeconds(5)).setStatus("suspension", 7, 3, true, null, "key-1");

    assertThat(state.set()).isTrue();
    assertThat(keys).containsExactly("key-1", "key-1");
  }

  @Test
  void anInstanceThatKeepsDyingIsAskedOnceMoreAndTheLossSurfaces() {
    dropFirst = Integer.MAX_VALUE;
    RegistryClient client = client(Duration.ofSeconds(5));

    assertThatThrownBy(() -> client.setStatus("suspension", 7, 3, true, null, "key-2"))
        .isInstanceOfSatisfying(
            RegistryException.Unavailable.class,
            e -> assertThat(e.problem().status()).isEqualTo(503));
    assertThat(keys).containsExactly("key-2", "key-2");
  }

  @Test
  void aTimeoutIsNotRepeated() {
    delay = Duration.ofSeconds(2);
    RegistryClient client = client(Duration.ofMillis(300));

    assertThatThrownBy(() -> client.setStatus("suspension", 7, 3, true, null, "key-3"))
        .isInstanceOf(RegistryException.Unavailable.class);
    assertThat(keys).containsExactly("key-3");
  }
}

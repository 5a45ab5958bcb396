package org.greenvalue.issuer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.greenvalue.registry.client.support.RegistryProcess;

/**
 * A data recipient's PACT host over real HTTP (JDK {@code HttpServer}): {@code /auth/token} checks
 * HTTP Basic client credentials and hands out a bearer token; {@code /3/events} takes CloudEvents
 * only with such a token and keeps them. It can be taken down and brought back on the same port.
 */
public final class PactRecipientHost {
  /** The CloudEvent source this recipient's requests carry. */
  public static final String SOURCE = "//recipient.test/3/events";

  /** A second source of the same host, configured to receive {@link #ALLOWED_ORG}'s only. */
  public static final String RESTRICTED_SOURCE = "//restricted.test/3/events";

  public static final String BOUND_SOURCE = "//bound.test/3/events";

  /** A fourth source: no organisation limit, any sender. */
  public static final String OPEN_SOURCE = "//open.test/3/events";

  /** Answers to requests whose id starts with this are refused (422) by the host. */
  public static final String REFUSED_PREFIX = "refuse-";

  public static final String ALLOWED_ORG = "pact-allowed";
  public static final String CLIENT_ID = "issuer-at-recipient";
  public static final String CLIENT_SECRET = "s3cret:with&chars";
  public static final int PORT = port();

  private static final PactRecipientHost INSTANCE = new PactRecipientHost();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private PactRecipientHost() {}

  /** The host, started if it is not running. */
  public static synchronized PactRecipientHost up() {
    if (INSTANCE.server == null) {
      INSTANCE.start();
    }
    return INSTANCE;
  }

  /** Stops the host: connections to its port are refused until {@link #up()}. */
  public static synchronized void down() {
    if (INSTANCE.server != null) {
      INSTANCE.server.stop(0);
      INSTANCE.server = null;
    }
  }

  public static String eventsUrl() {
    return "http://localhost:" + PORT + "/3/events";
  }

  public static String tokenUrl() {
    return "http://localhost:" + PORT + "/auth/token";
  }

  /** Every event received with a valid token, in order. */
  public List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** The events answering the request with this id. */
  public List<JsonNode> answersTo(String requestEventId) {
    return events.stream()
        .filter(e -> e.path("data").path("requestEventId").asText().equals(requestEventId))
        .toList();
  }

  private void start() {
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", PORT), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/auth/token", this::token);
    server.createContext("/3/events", this::event);
    server.start();
  }

  private void token(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (CLIENT_ID
                            + ":"
                            + java.net.URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"POST".equals(exchange.getRequestMethod())
        || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || !body.equals("grant_type=client_credentials")) {
      respond(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = UUID.randomUUID().toString();
    tokens.add(token);
    respond(
        exchange,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private void event(HttpExchange exchange) throws IOException {
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    if (!auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
      respond(exchange, 400, "{\"code\":\"BadRequest\",\"message\":\"no valid token\"}");
      return;
    }
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (!type.startsWith("application/cloudevents+json")) {
      respond(exchange, 400, "{\"code\":\"BadRequest\",\"message\":\"not a CloudEvent\"}");
      return;
    }
    JsonNode event = JSON.readTree(exchange.getRequestBody());
    if (event.path("data").path("requestEventId").asText().startsWith(REFUSED_PREFIX)) {
      respond(exchange, 422, "{\"code\":\"BadRequest\",\"message\":\"not wanted\"}");
      return;
    }
    events.add(event);
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static int port() {
    try {
      return RegistryProcess.freePort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

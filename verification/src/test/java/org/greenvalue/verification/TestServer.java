package org.greenvalue.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server answering fixed bodies by path, counting requests. */
public final class TestServer implements AutoCloseable {

  record Answer(int status, String contentType, String body) {}

  private final HttpServer server;
  final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final Map<String, String> lastAuthorization = new ConcurrentHashMap<>();
  final Map<String, String> links = new ConcurrentHashMap<>();
  final Map<String, String> requiredBearer = new ConcurrentHashMap<>();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void answer(String pathAndQuery, int status, String contentType, String body) {
    answers.put(pathAndQuery, new Answer(status, contentType, body));
  }

  /** Answers with a {@code Link} header as well. */
  public void answerWithLink(String pathAndQuery, String body, String link) {
    answer(pathAndQuery, 200, "application/json", body);
    links.put(pathAndQuery, link);
  }

  /**
   * Answers 401 to requests of the path that do not carry this bearer token, as a registry does
   * after a restart to the tokens it issued before.
   */
  public void requireBearer(String pathAndQuery, String token) {
    requiredBearer.put(pathAndQuery, token);
  }

  public int hits(String pathAndQuery) {
    return hits.getOrDefault(pathAndQuery, new AtomicInteger()).get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String key =
        exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null
                ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
    hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null) {
      lastAuthorization.put(key, auth);
    }
    Answer answer =
        answers.getOrDefault(key, new Answer(404, "application/problem+json", "{\"status\":404}"));
    if (requiredBearer.containsKey(key) && !("Bearer " + requiredBearer.get(key)).equals(auth)) {
      answer = new Answer(401, "application/problem+json", "{\"status\":401}");
    }
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    if (links.containsKey(key)) {
      exchange.getResponseHeaders().add("Link", links.get(key));
    }
    exchange.sendResponseHeaders(answer.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

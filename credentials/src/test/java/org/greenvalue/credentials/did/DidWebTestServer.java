package org.greenvalue.credentials.did;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-process HTTP server on loopback serving DID documents for did:web tests. */
public final class DidWebTestServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final ExecutorService executor = Executors.newCachedThreadPool();

  public DidWebTestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.start();
  }

  /** Serves a body at a path with a content type; a delay before answering simulates slowness. */
  public DidWebTestServer serve(String path, String contentType, String body, Duration delay) {
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(200, bytes.length);
          try (var out = exchange.getResponseBody()) {
            out.write(bytes);
          } catch (IOException e) {
            // the client gave up (timeout or size limit)
          }
        });
    return this;
  }

  /** Serves an endless chunked body with no Content-Length. */
  public DidWebTestServer serveEndless(String path) {
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "application/did+json");
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[8192];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 10_000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client cancelled at its limit
          }
        });
    return this;
  }

  /** The did:web of a path on this server, e.g. {@code did:web:localhost%3A4711:user:alice}. */
  public String did(String... segments) {
    return "did:web:localhost%3A"
        + port()
        + (segments.length == 0 ? "" : ":" + String.join(":", segments));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public int requests() {
    return requests.get();
  }

  /**
   * Plain HTTP to this loopback server, generous timeouts (shared CI machines), 64 KiB documents,
   * cached for a minute.
   */
  public DidWebConfig config() {
    return config(Duration.ofSeconds(10));
  }

  /** As {@link #config()} with the given read timeout. */
  public DidWebConfig config(Duration readTimeout) {
    return new DidWebConfig(
        Set.of("localhost"),
        Duration.ofSeconds(5),
        readTimeout,
        64 * 1024,
        Duration.ofMinutes(1),
        DidWebConfig.Transport.LOOPBACK_HTTP_FOR_TESTS);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

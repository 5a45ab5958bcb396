package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web page's public verify endpoint is limited per client address; a forged X-Forwarded-For
 * does not buy a fresh allowance (the server trusts no proxy unless configured).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.verifier.web.rate-limit.capacity=3",
      "gvr.verifier.web.rate-limit.per-minute=1"
    })
class WebRateLimitTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path home = TestDirectories.create("verifier-rate-limit");
    registry.add("gvr.database.data-dir", () -> home.resolve("db").toString());
    registry.add("gvr.keys.master-key-file", () -> home.resolve("master.key").toString());
  }

  private HttpResponse<String> report(String forwardedFor) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/web/report"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", forwardedFor)
            .POST(HttpRequest.BodyPublishers.ofString("{\"credential\":\"not a credential\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClientPastTheLimitGetsA429ProblemWithRetryAfterWhateverItsForwardedFor() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(report("10.0.0." + i).statusCode()).isNotEqualTo(429);
    }
    HttpResponse<String> refused = report("10.9.9.9");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(JSON.readTree(refused.body()).path("type").asText())
        .isEqualTo("https://greenvalue.org/problems/rate-limited");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
  }
}

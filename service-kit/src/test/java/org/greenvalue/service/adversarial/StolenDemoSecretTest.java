package org.greenvalue.service.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.greenvalue.service.sample.SampleApplication;
import org.greenvalue.service.testing.ServiceStarts;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Someone who read the README knows the demo clients' secrets. Outside the dev profile a service
 * must not accept them, must not start without real clients or an external issuer, and with an
 * external issuer must not issue tokens itself nor accept tokens meant for another audience.
 */
class StolenDemoSecretTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void refusesToStartWithADemoSecretOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    "production",
                    "--gvr.auth.embedded.clients[0].id=writer",
                    "--gvr.auth.embedded.clients[0].secret=writer-secret",
                    "--gvr.auth.embedded.clients[0].scopes=sample.write"))
        .rootCause()
        .hasMessageContaining("demo secret")
        .hasMessageContaining("gvr.auth.embedded.clients[0].secret");
  }

  @Test
  void refusesToStartWithoutClientsOrAnExternalIssuer() {
    assertThatThrownBy(() -> start("production"))
        .rootCause()
        .hasMessageContaining("no caller can be authenticated");
  }

  @Test
  void refusesAnExternalIssuerWithoutAnAudience() {
    assertThatThrownBy(() -> start("production", "--gvr.auth.issuer-uri=http://localhost:1"))
        .rootCause()
        .hasMessageContaining("gvr.auth.audience");
  }

  @Test
  void issuesNoTokenForADemoSecretOutsideTheDevProfile() throws Exception {
    try (var app =
        start(
            "production",
            "--gvr.auth.embedded.clients[0].id=writer",
            "--gvr.auth.embedded.clients[0].secret=a-secret-of-our-own-4f9c",
            "--gvr.auth.embedded.clients[0].scopes=sample.write,sample.read")) {
      String base = base(app);
      assertThat(tokenRequest(base, "writer", "writer-secret", "sample.read").statusCode())
          .isEqualTo(401);
      assertThat(tokenRequest(base, "reader", "reader-secret", "sample.read").statusCode())
          .isEqualTo(401);
      assertThat(
              tokenRequest(base, "writer", "a-secret-of-our-own-4f9c", "sample.read").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void anExternalIssuerSwitchesTheEmbeddedServerOffAndItsAudienceIsChecked() throws Exception {
    int issuerPort = freePort();
    String issuer = "http://localhost:" + issuerPort;
    try (var external =
            start("dev", "--server.port=" + issuerPort, "--gvr.auth.embedded.issuer=" + issuer);
        var service =
            start("production", "--gvr.auth.issuer-uri=" + issuer, "--gvr.auth.audience=reader")) {
      String base = base(service);
      HttpResponse<String> own = tokenRequest(base, "writer", "writer-secret", "sample.read");
      assertThat(own.statusCode()).isEqualTo(401);
      assertThat(own.body()).doesNotContain("access_token");

      String forReader =
          accessToken(tokenRequest(issuer, "reader", "reader-secret", "sample.read"));
      String forWriter =
          accessToken(tokenRequest(issuer, "writer", "writer-secret", "sample.read"));
      assertThat(get(base + "/things/zebra", forWriter).statusCode()).isEqualTo(401);
      assertThat(get(base + "/things/zebra", forReader).statusCode()).isEqualTo(404);
    }
  }

  private static ConfigurableApplicationContext start(String profile, String... args) {
    return ServiceStarts.start(SampleApplication.class, profile, args);
  }

  private static String base(ConfigurableApplicationContext app) {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static HttpResponse<String> tokenRequest(
      String base, String client, String secret, String scope) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=" + scope.replace(" ", "%20")))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String accessToken(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

package org.greenvalue.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Client-credentials access tokens from the registry's {@code /oauth2/token} (RFC 6749 §4.4, HTTP
 * Basic client authentication), cached until shortly before they expire.
 */
final class TokenSource {
  /** Renew this long before the token's stated expiry, so no request carries a dying token. */
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final RegistryClientConfig config;
  private final Transport transport;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  TokenSource(RegistryClientConfig config, Transport transport, Clock clock) {
    this.config = config;
    this.transport = transport;
    this.clock = clock;
  }

  synchronized String token() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return token;
  }

  /** Drops the cached token, e.g. after the registry restarted and no longer accepts it. */
  synchronized void invalidate() {
    token = null;
  }

  private void fetch() {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (form(config.clientId()) + ":" + form(config.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    String body = "grant_type=client_credentials&scope=" + form(String.join(" ", config.scopes()));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(config.baseUrl() + "/oauth2/token"))
            .timeout(config.timeout())
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    Transport.Reply reply = transport.send(request);
    if (reply.status() != 200) {
      throw transport.failure(
          reply,
          reply.status() / 100 == 4
              ? "the registry refused the client credentials of "
                  + config.clientId()
                  + " ("
                  + reply.status()
                  + ")"
              : "POST " + request.uri() + " answered " + reply.status());
    }
    JsonNode json = reply.json();
    Instant now = clock.instant();
    if (!json.path("access_token").isTextual() || json.path("access_token").asText().isEmpty()) {
      String detail = "the token response has no access_token";
      throw new RegistryException.Unavailable(
          detail, new RegistryProblem(200, null, "Unreadable token response", detail), null);
    }
    token = json.path("access_token").asText();
    long expiresIn = json.path("expires_in").asLong(60);
    renewAt = now.plusSeconds(expiresIn).minus(MARGIN);
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

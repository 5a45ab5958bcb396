package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Delivers an event to a data recipient's PACT host: a client-credentials token from its {@code
 * /auth/token} (HTTP Basic, RFC 6749 §4.4), then {@code POST /3/events} with the CloudEvent in
 * structured mode. Secrets never appear in the outcomes.
 */
@Component
class RecipientClient {
  /** Answers worth trying again later: the host is away, overloaded or not yet set up. */
  private static final Set<Integer> RETRYABLE = Set.of(401, 403, 404, 408, 425, 429);

  private final HttpClient http;
  private final ObjectMapper json;
  private final PactRecipientsProperties properties;

  RecipientClient(ObjectMapper json, PactRecipientsProperties properties) {
    this.json = json;
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  /** How a delivery went. */
  sealed interface Outcome {
    record Delivered() implements Outcome {}

    record RetryLater(String reason) implements Outcome {}

    record Refused(String reason) implements Outcome {}
  }

  Outcome deliver(PactRecipientsProperties.Recipient recipient, String event) {
    try {
      HttpResponse<String> token = http.send(tokenRequest(recipient), BODY);
      if (token.statusCode() != 200) {
        return new Outcome.RetryLater(
            "the recipient's token endpoint answered " + token.statusCode());
      }
      JsonNode tokenBody = json.readTree(token.body());
      String accessToken = tokenBody == null ? null : tokenBody.path("access_token").asText(null);
      if (accessToken == null || accessToken.isBlank()) {
        return new Outcome.RetryLater("the recipient's token endpoint gave no access_token");
      }
      HttpResponse<String> reply =
          http.send(
              HttpRequest.newBuilder(recipient.eventsUrl())
                  .timeout(properties.timeout())
                  .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                  .header("Authorization", "Bearer " + accessToken)
                  .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
                  .build(),
              BODY);
      int status = reply.statusCode();
      if (status >= 200 && status < 300) {
        return new Outcome.Delivered();
      }
      String reason = "the recipient's /3/events answered " + status + " " + excerpt(reply.body());
      return status >= 500 || RETRYABLE.contains(status)
          ? new Outcome.RetryLater(reason)
          : new Outcome.Refused(reason);
    } catch (IOException e) {
      return new Outcome.RetryLater("the recipient is unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.RetryLater("interrupted");
    }
  }

  private HttpRequest tokenRequest(PactRecipientsProperties.Recipient recipient) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (form(recipient.clientId()) + ":" + form(recipient.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(recipient.tokenUrl())
        .timeout(properties.timeout())
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
  }

  private static final HttpResponse.BodyHandler<String> BODY =
      HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}

package org.greenvalue.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends requests, reads at most {@code maxBody} bytes of each answer, and turns what cannot be used
 * into {@link RegistryException}s.
 *
 * <p>A request whose connection fails before an answer arrives is sent once more, on a new
 * connection. Behind a load balancer, a kept-alive connection still leads to the instance it was
 * opened to; when that instance dies, the next request on it fails though a live instance would
 * answer. Sending again is safe for every request this client makes: reads, writes that carry an
 * {@code Idempotency-Key}, and the POSTs the registry answers the same however often they come. A
 * timeout is not retried: the registry may still be working on the request, and waiting twice as
 * long helps nobody.
 */
final class Transport {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final int maxBody;

  Transport(HttpClient http, int maxBody) {
    this.http = http;
    this.maxBody = maxBody;
  }

  record Reply(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new RegistryException.Unavailable(
            new RegistryProblem(status, null, "Unreadable response", "the body is not JSON"), e);
      }
    }
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<InputStream> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException timeout) {
        throw timeout;
      } catch (IOException connectionLost) {
        response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      }
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(maxBody + 1);
      }
      if (body.length > maxBody) {
        String detail = request.uri() + ": response larger than " + maxBody + " bytes";
        throw new RegistryException.Unavailable(
            detail,
            new RegistryProblem(response.statusCode(), null, "Response too large", detail),
            null);
      }
      return new Reply(response.statusCode(), new String(body, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RegistryException.Unavailable(
          "registry unreachable at "
              + request.uri()
              + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          new RegistryProblem(
              503,
              null,
              "Registry unreachable",
              request.method() + " " + request.uri() + ": " + e.getClass().getSimpleName()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException.Unavailable(
          "interrupted while calling " + request.uri(),
          new RegistryProblem(503, null, "Interrupted", "interrupted while waiting"),
          e);
    }
  }

  /** The exception for a reply that is not the expected success. */
  RegistryException failure(Reply reply) {
    RegistryProblem problem = problem(reply);
    return reply.status() >= 500
        ? new RegistryException.Unavailable(problem, null)
        : new RegistryException.Refused(problem);
  }

  /** As {@link #failure(Reply)}, with a message of the caller's. */
  RegistryException failure(Reply reply, String message) {
    RegistryProblem problem = problem(reply);
    return reply.status() >= 500
        ? new RegistryException.Unavailable(message, problem, null)
        : new RegistryException.Refused(message, problem);
  }

  private static RegistryProblem problem(Reply reply) {
    try {
      JsonNode json = JSON.readTree(reply.body() == null ? "" : reply.body());
      if (json != null && json.isObject()) {
        return new RegistryProblem(
            reply.status(),
            json.path("type").asText(null),
            json.path("title").asText(json.path("error").asText("")),
            json.path("detail").asText(json.path("error_description").asText("")));
      }
    } catch (IOException notJson) {
      // fall through: a body that is not a problem document
    }
    return new RegistryProblem(reply.status(), null, "HTTP " + reply.status(), "");
  }
}

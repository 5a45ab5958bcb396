package org.greenvalue.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends requests and turns what cannot be used into {@link RegistryException}s. */
final class Transport {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;

  Transport(HttpClient http) {
    this.http = http;
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
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new RegistryException.Unavailable(
          new RegistryProblem(
              503,
              null,
              "Registry unreachable",
              request.method() + " " + request.uri() + ": " + e.getClass().getSimpleName()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException.Unavailable(
          new RegistryProblem(503, null, "Interrupted", "interrupted while waiting"), e);
    }
  }

  /** The exception for a reply that is not the expected success. */
  RegistryException failure(Reply reply) {
    RegistryProblem problem = problem(reply);
    return reply.status() >= 500
        ? new RegistryException.Unavailable(problem, null)
        : new RegistryException.Refused(problem);
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

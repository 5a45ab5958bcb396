package org.greenvalue.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;

/** A response as the tests see it: status, headers, body, and the body as JSON when it is JSON. */
public record HttpResult(int status, HttpHeaders headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** Whether this is an RFC 9457 problem document with this status. */
  public boolean isProblem(int expectedStatus) {
    return status == expectedStatus
        && String.valueOf(header("Content-Type")).startsWith("application/problem+json")
        && json().path("status").asInt() == expectedStatus
        && json().hasNonNull("type")
        && json().hasNonNull("title");
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}

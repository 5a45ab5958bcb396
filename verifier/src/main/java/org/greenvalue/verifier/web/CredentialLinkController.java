package org.greenvalue.verifier.web;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.json.JsonValue;
import java.net.URI;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /web/credential?url=}: the credential a link to the page names, fetched for the page
 * from an allowed origin ({@link LinkedCredentials}); public like the page. Answers {@code {"url",
 * "credential"}}, the credential as a JSON object or a compact JWS string.
 */
@RestController
@RequestMapping("/web")
class CredentialLinkController {

  static final int MAX_URL = 2048;

  private final LinkedCredentials credentials;

  CredentialLinkController(LinkedCredentials credentials) {
    this.credentials = credentials;
  }

  @Operation(
      summary =
          "The credential at a URL of an allowed origin (the registry's by default), for the"
              + " page's ?credential= links; public")
  @GetMapping(value = "/credential", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> credential(@RequestParam String url) {
    URI uri = parse(url);
    if (!credentials.allowed(uri)) {
      throw Problem.badRequest(
          "credential-origin-not-allowed",
          "credentials are loaded only from "
              + (credentials.origins().isEmpty()
                  ? "no origin (gvr.verifier.web.credential-origins is empty)"
                  : String.join(", ", credentials.origins())));
    }
    Result<JsonValue> loaded = credentials.load(uri);
    if (!loaded.succeeded()) {
      throw new Problem(
          HttpStatus.BAD_GATEWAY,
          "credential-unavailable",
          "Linked credential unavailable",
          loaded.reason());
    }
    var body =
        JSON.createObjectBuilder().add("url", uri.toString()).add("credential", loaded.value());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(JsonDocuments.write(body.build()));
  }

  private static URI parse(String url) {
    if (url.length() > MAX_URL || url.chars().anyMatch(Character::isISOControl)) {
      throw Problem.badRequest(
          "invalid-credential-url", "the credential URL is at most " + MAX_URL + " characters");
    }
    try {
      return URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("invalid-credential-url", "not a URL: " + e.getMessage());
    }
  }
}

package org.greenvalue.issuer.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.issuer.issuing.RequestBodies;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * VC-API derive ({@code POST /credentials/derive}): from a credential with an {@code ecdsa-sd-2023}
 * base proof, the credential a holder shows a verifier, revealing the issuer's mandatory statements
 * and those {@code options.selectivePointers} select, with a derived proof. It needs no key of
 * ours: anyone holding the base credential could derive it, so nothing is stored and no
 * organisation is checked.
 */
@RestController
@Tag(name = "VC-API", description = "W3C VC-API issue and status endpoints")
class DeriveController {
  /** A base credential is a few kilobytes; a megabyte leaves room and bounds the work. */
  static final int MAX_BODY = 1 << 20;

  private static final Set<String> MEMBERS = Set.of("verifiableCredential", "options");
  private static final Set<String> OPTIONS = Set.of("selectivePointers");

  @PostMapping(value = "/credentials/derive", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "VC-API derive: {verifiableCredential, options:{selectivePointers}} → 201"
              + " {verifiableCredential} with an ecdsa-sd-2023 derived proof",
      description =
          "The credential must carry an ecdsa-sd-2023 base proof (422 otherwise, and when a"
              + " pointer selects nothing). Bodies over 1 MiB get 413.")
  ResponseEntity<String> derive(HttpServletRequest http) throws IOException {
    JsonObject request = RequestBodies.parse(boundedBody(http));
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    JsonObject credential = RequestBodies.object(request, "verifiableCredential");
    JsonObject options = RequestBodies.options(request, OPTIONS);
    List<String> pointers = RequestBodies.jsonPointers(options, "selectivePointers");

    Result<JsonObject> derived = EcdsaSdDeriver.derive(credential, pointers);
    if (!derived.succeeded()) {
      throw Problem.invalid("not-derivable", derived.reason());
    }
    // written by the library that derived it, so every number keeps the digits that were signed
    String body =
        JsonDocuments.write(
            JsonDocuments.JSON
                .createObjectBuilder()
                .add("verifiableCredential", derived.value())
                .build());
    return ResponseEntity.status(HttpStatus.CREATED)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  private static String boundedBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw tooLarge();
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw tooLarge();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Problem tooLarge() {
    return new Problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "request-too-large",
        "Request too large",
        "a derive request is limited to " + MAX_BODY + " bytes");
  }
}

package org.greenvalue.verifier.verify;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * VC-API verify: {@code POST /credentials/verify} and {@code POST /presentations/verify} answer 200
 * with {@code {"verified": true, "checks", "warnings", "errors": []}} when no check failed, 422
 * with a problem document listing the failed checks when one did, 400 for a malformed request.
 * {@code POST /reports} answers 200 with the full report and facts, valid or not.
 */
@RestController
class VerifyController {

  private final Verifications verifications;

  VerifyController(Verifications verifications) {
    this.verifications = verifications;
  }

  @Operation(summary = "Verify a credential (VC-API)")
  @PostMapping(
      value = "/credentials/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> verifyCredential(
      @RequestBody String body, @AuthenticationPrincipal Jwt caller) {
    return vcApi(verifications.run(body, VerifyInput.CREDENTIAL, Callers.clientId(caller)));
  }

  @Operation(summary = "Verify a presentation (VC-API)")
  @PostMapping(
      value = "/presentations/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> verifyPresentation(
      @RequestBody String body, @AuthenticationPrincipal Jwt caller) {
    return vcApi(verifications.run(body, VerifyInput.PRESENTATION, Callers.clientId(caller)));
  }

  @Operation(summary = "Full verification report: every check, the verdict and the verified facts")
  @PostMapping(
      value = "/reports",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> report(@RequestBody String body, @AuthenticationPrincipal Jwt caller) {
    Verification v = verifications.run(body, null, Callers.clientId(caller));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(JsonDocuments.write(VerificationJson.write(v)));
  }

  private static ResponseEntity<Map<String, Object>> vcApi(Verification v) {
    List<Check> checks = v.report().checks();
    List<String> passed =
        checks.stream().filter(c -> c.outcome() == Check.Outcome.PASSED).map(Check::name).toList();
    List<Map<String, String>> warnings =
        checks.stream()
            .filter(c -> c.outcome() == Check.Outcome.SKIPPED)
            .map(VerifyController::entry)
            .toList();
    List<Map<String, String>> errors =
        v.report().failures().stream().map(VerifyController::entry).toList();
    if (!v.valid()) {
      var properties = new LinkedHashMap<String, Object>();
      properties.put("verified", false);
      properties.put("errors", errors);
      properties.put("checks", passed);
      properties.put("warnings", warnings);
      throw new Problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "verification-failed",
          "Verification failed",
          errors.isEmpty()
              ? "nothing could be verified"
              : errors.size() + " checks failed: " + errors.getFirst().get("name"),
          properties);
    }
    var body = new LinkedHashMap<String, Object>();
    body.put("verified", true);
    body.put("verdict", VerificationJson.verdict(v));
    body.put("checks", passed);
    body.put("warnings", warnings);
    body.put("errors", List.of());
    return ResponseEntity.ok(body);
  }

  private static Map<String, String> entry(Check c) {
    return Map.of("name", c.name(), "reason", c.reason());
  }
}

package org.greenvalue.verifier.verify;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.EligibilityResult;
import org.greenvalue.verifier.eligibility.Policies;
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
 * with {@code {"verified": true, "checks", "warnings", "errors": []}} ({@link VcApiResult}) when
 * the checks asked for hold, 422 with a problem document carrying the same members when they do
 * not, 400 for a malformed request or an unknown check or policy. {@code POST /reports} answers 200
 * with the full report and facts, valid or not.
 */
@RestController
class VerifyController {

  private final Verifications verifications;
  private final Policies policies;
  private final Clock clock;

  VerifyController(Verifications verifications, Policies policies, Clock clock) {
    this.verifications = verifications;
    this.policies = policies;
    this.clock = clock;
  }

  @Operation(summary = "Verify a credential (VC-API)")
  @PostMapping(
      value = "/credentials/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> verifyCredential(
      @RequestBody String body, @AuthenticationPrincipal Jwt caller) {
    return vcApi(VerifyInput.read(body, VerifyInput.CREDENTIAL), caller);
  }

  @Operation(summary = "Verify a presentation (VC-API)")
  @PostMapping(
      value = "/presentations/verify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> verifyPresentation(
      @RequestBody String body, @AuthenticationPrincipal Jwt caller) {
    return vcApi(VerifyInput.read(body, VerifyInput.PRESENTATION), caller);
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

  private ResponseEntity<Map<String, Object>> vcApi(VerifyInput input, Jwt caller) {
    Optional<CompiledPolicy> policy =
        input
            .policy()
            .map(
                name ->
                    policies
                        .latest(name)
                        .orElseThrow(
                            () ->
                                Problem.badRequest(
                                    "malformed-verify-request",
                                    "options.policy names no policy here: " + name)));
    Verification v = verifications.run(input, Callers.clientId(caller));
    Optional<EligibilityResult> outcome = policy.map(p -> p.evaluate(v.facts(), clock.instant()));
    VcApiResult result = VcApiResult.of(v, input.checks(), outcome);
    var body = new LinkedHashMap<String, Object>();
    body.put("verified", result.verified());
    body.put("checks", result.checks());
    body.put("warnings", result.warnings());
    body.put("errors", result.errors());
    result.policy().ifPresent(p -> body.put("policy", p));
    if (!result.verified()) {
      throw new Problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "verification-failed",
          "Verification failed",
          reason(result),
          body);
    }
    return ResponseEntity.ok(body);
  }

  private static String reason(VcApiResult result) {
    if (!result.errors().isEmpty()) {
      return result.errors().size() + " checks failed: " + result.errors().getFirst().title();
    }
    return result
        .policy()
        .filter(p -> !p.eligible())
        .map(p -> "the policy " + p.policy() + " is not satisfied")
        .orElse("nothing that was asked for could be verified");
  }
}

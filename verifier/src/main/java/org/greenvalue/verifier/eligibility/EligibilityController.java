package org.greenvalue.verifier.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenvalue.service.security.Callers;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.eligibility.EligibilityResult;
import org.greenvalue.verifier.verify.Verifications;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /eligibility/{policy}[?version=n]} with the body of a verify request: verifies the
 * credential or presentation, then evaluates the policy's rules over the verified facts; 200 with
 * eligible or not, each rule's outcome and the verification's verdict and failures.
 */
@RestController
class EligibilityController {

  private final Policies policies;
  private final Verifications verifications;
  private final Clock clock;

  EligibilityController(Policies policies, Verifications verifications, Clock clock) {
    this.policies = policies;
    this.verifications = verifications;
    this.clock = clock;
  }

  @Operation(summary = "Verify, then evaluate an eligibility policy over the verified facts")
  @PostMapping(
      value = "/eligibility/{policy}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> evaluate(
      @PathVariable String policy,
      @RequestParam(required = false) Integer version,
      @RequestBody String body,
      @AuthenticationPrincipal Jwt caller) {
    var compiled = policies.compiled(policy, version);
    Verification v = verifications.run(body, null, Callers.clientId(caller));
    EligibilityResult result = compiled.evaluate(v.facts(), clock.instant());
    var verification = new LinkedHashMap<String, Object>();
    verification.put("verdict", VerificationJson.verdict(v));
    verification.put("digest", v.facts().digest().orElse(null));
    verification.put(
        "failures",
        v.report().failures().stream()
            .map(c -> Map.of("name", c.name(), "reason", c.reason()))
            .toList());
    verification.put("gaps", v.gaps());
    var response = new LinkedHashMap<String, Object>();
    response.put("policy", result.policy());
    response.put("version", result.version());
    response.put("eligible", result.eligible());
    response.put("rules", result.rules());
    response.put("verification", verification);
    return response;
  }
}

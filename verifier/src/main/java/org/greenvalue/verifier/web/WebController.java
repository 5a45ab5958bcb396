package org.greenvalue.verifier.web;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.EligibilityResult;
import org.greenvalue.verifier.eligibility.Policies;
import org.greenvalue.verifier.verify.Verifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web page's two endpoints, public like the page itself (a browser user holds no token): the
 * policies to choose from, and one verification that answers the full report and, when a policy is
 * chosen, its eligibility result over the same verified facts. Both call the services behind {@code
 * /reports} and {@code /eligibility/{policy}}; there is no second engine.
 */
@RestController
@RequestMapping("/web")
class WebController {

  /** Who the verification history records for the page's requests. */
  static final String CLIENT = "web-page";

  private final Verifications verifications;
  private final Policies policies;
  private final Clock clock;
  private final int maxBody;

  /**
   * @param maxBody the largest body the page may send (a credential, receipts and a base64 pack)
   */
  WebController(
      Verifications verifications,
      Policies policies,
      Clock clock,
      @Value("${gvr.verifier.web.max-body-bytes:25165824}") int maxBody) {
    this.verifications = verifications;
    this.policies = policies;
    this.clock = clock;
    this.maxBody = maxBody;
  }

  record PolicyChoice(String name, int version, String description, int rules) {}

  @Operation(summary = "The policies the web page offers (latest version of each); public")
  @GetMapping("/policies")
  List<PolicyChoice> policies() {
    return policies.latest().stream()
        .map(p -> new PolicyChoice(p.name(), p.version(), p.description(), p.rules().size()))
        .toList();
  }

  @Operation(
      summary =
          "The web page's verification: the body of POST /reports; answers"
              + " {report, eligibility?}; public")
  @PostMapping(
      value = "/report",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> report(
      HttpServletRequest request, @RequestParam(required = false) String policy)
      throws IOException {
    String body = boundedBody(request);
    CompiledPolicy compiled =
        policy == null || policy.isBlank() ? null : policies.compiled(policy, null);
    Verification v = verifications.run(body, null, CLIENT);
    var response = JSON.createObjectBuilder().add("report", VerificationJson.write(v));
    if (compiled != null) {
      response.add("eligibility", eligibility(compiled.evaluate(v.facts(), clock.instant())));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(JsonDocuments.write(response.build()));
  }

  /** The body, read no further than {@code maxBody} bytes: the endpoint is public. */
  private String boundedBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBody) {
      throw tooLarge();
    }
    byte[] bytes = request.getInputStream().readNBytes(maxBody + 1);
    if (bytes.length > maxBody) {
      throw tooLarge();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private Problem tooLarge() {
    return new Problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "request-too-large",
        "Request too large",
        "the page's requests are limited to " + maxBody + " bytes");
  }

  private static JsonObject eligibility(EligibilityResult result) {
    var rules = JSON.createArrayBuilder();
    for (EligibilityResult.RuleOutcome rule : result.rules()) {
      var json =
          JSON.createObjectBuilder()
              .add("id", rule.id())
              .add("description", rule.description())
              .add("expression", rule.expression())
              .add("satisfied", rule.satisfied());
      if (rule.reason() != null) {
        json.add("reason", rule.reason());
      }
      rules.add(json);
    }
    return JSON.createObjectBuilder()
        .add("policy", result.policy())
        .add("version", result.version())
        .add("eligible", result.eligible())
        .add("rules", rules)
        .build();
  }
}

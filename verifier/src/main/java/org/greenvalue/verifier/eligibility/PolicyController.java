package org.greenvalue.verifier.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.greenvalue.verification.eligibility.Policy;
import org.greenvalue.verification.eligibility.PolicyCompiler;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Eligibility policies over the API: publish a new version ({@code POST /policies}, scope {@code
 * verifier.policy.admin}), list them, read one or one version. Publishing compiles the rules; a
 * policy that does not compile is refused with 422 and the compiler's messages.
 */
@RestController
class PolicyController {

  private final Policies policies;
  private final PolicyRepository repository;

  PolicyController(Policies policies, PolicyRepository repository) {
    this.policies = policies;
    this.repository = repository;
  }

  record RuleBody(
      @NotBlank @Size(max = 64) String id,
      @Size(max = 512) String description,
      @NotBlank @Size(max = Policy.MAX_EXPRESSION) String expression) {}

  record PolicyBody(
      @NotBlank @Size(max = 64) String name,
      @Size(max = 1024) String description,
      @NotEmpty @Size(max = Policy.MAX_RULES) List<@Valid RuleBody> rules) {}

  record PolicyView(
      String name,
      int version,
      String description,
      List<Policy.Rule> rules,
      String createdBy,
      Instant createdAt) {
    static PolicyView of(PolicyRepository.Stored s) {
      return new PolicyView(
          s.policy().name(),
          s.policy().version(),
          s.policy().description(),
          s.policy().rules(),
          s.createdBy(),
          s.createdAt());
    }
  }

  @Operation(summary = "Publish a new version of a policy (compiled first)")
  @PostMapping("/policies")
  ResponseEntity<PolicyView> publish(
      @Valid @RequestBody PolicyBody body, @AuthenticationPrincipal Jwt caller) {
    var rules =
        body.rules().stream()
            .map(
                r ->
                    new Policy.Rule(
                        r.id(), r.description() == null ? "" : r.description(), r.expression()))
            .toList();
    var stored = policies.publish(body.name(), body.description(), rules, Callers.clientId(caller));
    return ResponseEntity.created(
            URI.create(
                "/policies/" + stored.policy().name() + "/versions/" + stored.policy().version()))
        .body(PolicyView.of(stored));
  }

  @Operation(summary = "The latest version of every policy")
  @GetMapping("/policies")
  List<PolicyView> list() {
    return repository.latestOfEach().stream().map(PolicyView::of).toList();
  }

  @Operation(summary = "The latest version of a policy")
  @GetMapping("/policies/{name}")
  PolicyView latest(@PathVariable String name) {
    return repository.latest(name).map(PolicyView::of).orElseThrow(() -> unknown(name));
  }

  @Operation(summary = "Every version of a policy")
  @GetMapping("/policies/{name}/versions")
  List<PolicyView> versions(@PathVariable String name) {
    var all = repository.versions(name);
    if (all.isEmpty()) {
      throw unknown(name);
    }
    return all.stream().map(PolicyView::of).toList();
  }

  @Operation(summary = "One version of a policy")
  @GetMapping("/policies/{name}/versions/{version}")
  PolicyView version(@PathVariable String name, @PathVariable int version) {
    return repository.version(name, version).map(PolicyView::of).orElseThrow(() -> unknown(name));
  }

  @Operation(summary = "The fact variables rules may use, with their CEL types")
  @GetMapping("/policies-variables")
  java.util.Map<String, String> variables() {
    return PolicyCompiler.variables();
  }

  private static Problem unknown(String name) {
    return Problem.notFound("unknown-policy", "no policy " + name);
  }
}

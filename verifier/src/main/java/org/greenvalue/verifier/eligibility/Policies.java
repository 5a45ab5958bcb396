package org.greenvalue.verifier.eligibility;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.common.Result;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.DefaultPolicies;
import org.greenvalue.verification.eligibility.Policy;
import org.greenvalue.verification.eligibility.PolicyCompiler;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Publishes policy versions (compiled first: a policy that does not compile is refused with the
 * compiler's messages) and serves compiled programs from a cache, so evaluation never compiles.
 * Seeds the default {@code green-loan} policy on first start.
 */
@Service
public class Policies implements ApplicationRunner {

  private final PolicyRepository repository;
  private final PolicyCompiler compiler = new PolicyCompiler();
  private final ConcurrentHashMap<String, CompiledPolicy> compiled = new ConcurrentHashMap<>();
  private final Clock clock;

  Policies(PolicyRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    Policy greenLoan = DefaultPolicies.greenLoan();
    if (repository.latest(greenLoan.name()).isEmpty()) {
      repository.insert(greenLoan, "system", clock.instant());
    }
  }

  /** Publishes the next version of {@code name}. */
  PolicyRepository.Stored publish(
      String name, String description, List<Policy.Rule> rules, String by) {
    int next = repository.latest(name).map(s -> s.policy().version() + 1).orElse(1);
    Policy policy = new Policy(name, next, description == null ? "" : description, rules);
    Result<CompiledPolicy> result = compiler.compile(policy);
    if (!result.succeeded()) {
      throw Problem.invalid("policy-does-not-compile", result.reason());
    }
    if (!repository.insert(policy, by, clock.instant())) {
      throw Problem.conflict(
          "policy-version-taken", name + " version " + next + " was published concurrently; retry");
    }
    compiled.put(key(policy), result.value());
    return repository.version(name, next).orElseThrow();
  }

  /** The latest version of every policy, by name. */
  public List<Policy> latest() {
    return repository.latestOfEach().stream().map(PolicyRepository.Stored::policy).toList();
  }

  /**
   * The compiled policy, latest version when {@code version} is null.
   *
   * @throws Problem 404 for an unknown policy or version
   */
  public CompiledPolicy compiled(String name, Integer version) {
    return find(name, version)
        .orElseThrow(
            () ->
                Problem.notFound(
                    "unknown-policy",
                    "no policy " + name + (version == null ? "" : " version " + version)));
  }

  /** The latest version of {@code name}, compiled, if there is such a policy. */
  public Optional<CompiledPolicy> latest(String name) {
    return find(name, null);
  }

  private Optional<CompiledPolicy> find(String name, Integer version) {
    return (version == null ? repository.latest(name) : repository.version(name, version))
        .map(
            stored ->
                compiled.computeIfAbsent(
                    key(stored.policy()),
                    k ->
                        compiler
                            .compile(stored.policy())
                            .orElseThrow(
                                reason ->
                                    new IllegalStateException(
                                        "stored policy no longer compiles: " + reason))));
  }

  private static String key(Policy policy) {
    return policy.name() + "@" + policy.version();
  }
}

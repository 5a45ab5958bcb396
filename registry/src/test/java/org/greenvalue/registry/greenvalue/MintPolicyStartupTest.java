package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.registry.greenvalue.MintRulesConfiguration.MintRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The mint policy is compiled at startup: a policy that does not compile stops the registry. */
class MintPolicyStartupTest {

  @EnableConfigurationProperties(GreenValueProperties.class)
  static class Properties {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(Properties.class, MintRulesConfiguration.class);

  @Test
  void withoutConfigurationTheDefaultMintPolicyIsCompiled() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          var policy = context.getBean(MintRules.class).compiled().policy();
          assertThat(policy.name()).isEqualTo("mint");
          assertThat(policy.rules()).isEqualTo(MintPolicy.defaultRules());
          assertThat(policy.rules())
              .extracting(r -> r.id())
              .containsExactly(
                  "verified",
                  "reduction-credential",
                  "trusted-issuer",
                  "reasonable-assurance",
                  "anchored",
                  "not-revoked-or-suspended");
        });
  }

  @Test
  void aPolicyThatDoesNotCompileStopsStartupWithTheCompilersMessage() {
    runner
        .withPropertyValues(
            "gvr.registry.green-value.mint-policy.rules[0].id=verified",
            "gvr.registry.green-value.mint-policy.rules[0].description=verified",
            "gvr.registry.green-value.mint-policy.rules[0].expression=valid",
            "gvr.registry.green-value.mint-policy.rules[1].id=typo",
            "gvr.registry.green-value.mint-policy.rules[1].description=a misspelt fact",
            "gvr.registry.green-value.mint-policy.rules[1].expression=assuranceLvl == 'reasonable'")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("gvr.registry.green-value.mint-policy does not compile")
                  .hasMessageContaining("rule typo")
                  .hasMessageContaining("undeclared reference to 'assuranceLvl'");
            });
  }

  @Test
  void aRuleThatIsNotBooleanStopsStartup() {
    runner
        .withPropertyValues(
            "gvr.registry.green-value.mint-policy.rules[0].id=quantity",
            "gvr.registry.green-value.mint-policy.rules[0].description=not a condition",
            "gvr.registry.green-value.mint-policy.rules[0].expression=reduction")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("rule quantity: must be a bool expression");
            });
  }
}

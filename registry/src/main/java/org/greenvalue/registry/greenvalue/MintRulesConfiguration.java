package org.greenvalue.registry.greenvalue;

import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.PolicyCompiler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the configured mint policy once, at startup: a policy that does not compile stops the
 * registry with the CEL compiler's message, rule by rule.
 */
@Configuration(proxyBeanMethods = false)
class MintRulesConfiguration {

  @Bean
  MintRules mintRules(GreenValueProperties properties) {
    return new MintRules(
        new PolicyCompiler()
            .compile(properties.mintPolicy().policy())
            .orElseThrow(
                reason ->
                    new IllegalStateException(
                        "gvr.registry.green-value.mint-policy does not compile: " + reason)));
  }

  /** The compiled mint policy; named so it cannot be mistaken for another policy bean. */
  record MintRules(CompiledPolicy compiled) {}
}

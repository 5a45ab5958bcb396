package org.greenvalue.verifier.system;

import static org.greenvalue.service.security.Scopes.authority;

import org.greenvalue.service.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Scopes: {@code verifier.verify} to verify and evaluate eligibility, {@code verifier.policy.admin}
 * to publish policy versions.
 */
@Configuration(proxyBeanMethods = false)
class VerifierSecurity {

  static final String VERIFY = "verifier.verify";
  static final String POLICY_ADMIN = "verifier.policy.admin";

  @Bean
  AccessRules verifierRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.POST, "/policies")
            .hasAuthority(authority(POLICY_ADMIN))
            .anyRequest()
            .hasAuthority(authority(VERIFY));
  }
}

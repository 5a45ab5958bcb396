package org.greenvalue.service.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded authorization server runs unless {@code gvr.auth.embedded.enabled=false} or an
 * external issuer ({@code gvr.auth.issuer-uri}) is configured: tokens then come from that issuer
 * only.
 */
final class EmbeddedServerCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata m) {
    var environment = context.getEnvironment();
    String issuer = environment.getProperty("gvr.auth.issuer-uri");
    if (issuer != null && !issuer.isBlank()) {
      return ConditionOutcome.noMatch("gvr.auth.issuer-uri is set: tokens come from " + issuer);
    }
    if (!environment.getProperty("gvr.auth.embedded.enabled", Boolean.class, true)) {
      return ConditionOutcome.noMatch("gvr.auth.embedded.enabled is false");
    }
    return ConditionOutcome.match("embedded authorization server");
  }
}

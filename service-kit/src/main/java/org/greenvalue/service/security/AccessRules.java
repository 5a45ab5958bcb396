package org.greenvalue.service.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's URL rules: which scope each endpoint needs. The kit permits health, the OpenAPI
 * document, Swagger UI and {@code /error} first, then applies these; they must end with an {@code
 * anyRequest()} rule. Without an {@code AccessRules} bean every other request needs a valid token.
 */
@FunctionalInterface
public interface AccessRules {

  void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}

package org.greenvalue.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * The API as an OAuth2 resource server (stateless, bearer JWTs, 401/403 as problem documents):
 * health, the OpenAPI document, Swagger UI and {@code /error} are public; the service's {@link
 * AccessRules} decide the rest.
 */
@AutoConfiguration(
    before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class},
    after = AuthorizationServerAutoConfiguration.class)
@EnableConfigurationProperties(AuthProperties.class)
public class ResourceServerAutoConfiguration {
  /** After the authorization server's chain (order 1), before any catch-all. */
  public static final int ORDER = 2;

  @Bean
  @Order(ORDER)
  SecurityFilterChain api(
      HttpSecurity http,
      ObjectMapper json,
      AccessRules rules,
      AuthConfigurationCheck.Passed checked)
      throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json);
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // A stateless API saves no request to replay after a login and has no logout.
        .requestCache(c -> c.disable())
        .logout(l -> l.disable())
        .authorizeHttpRequests(
            a -> {
              a.requestMatchers(
                      "/actuator/health/**",
                      "/actuator/health",
                      "/v3/api-docs/**",
                      "/v3/api-docs",
                      "/swagger-ui/**",
                      "/swagger-ui.html",
                      "/error")
                  .permitAll();
              rules.apply(a);
            })
        .oauth2ResourceServer(
            o ->
                o.bearerTokenResolver(HeaderChecks.bearerResolver())
                    .jwt(j -> {})
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  /**
   * Spring's strict firewall, with its per-request header checks as loops ({@link HeaderChecks}).
   */
  @Bean
  @ConditionalOnMissingBean(HttpFirewall.class)
  HttpFirewall httpFirewall() {
    return HeaderChecks.firewall();
  }

  /**
   * No observations of Spring Security's filters, authentications and authorizations: each wraps
   * every filter of every request in an observation, a measurable share of a request's CPU, and
   * {@code http.server.requests} already times the whole request. Switched off here rather than by
   * {@code management.observations.enable.spring.security}, which leaves the wrapping in place.
   */
  @Bean
  @ConditionalOnMissingBean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @ConditionalOnMissingBean
  AccessRules authenticatedByDefault() {
    return rules -> rules.anyRequest().authenticated();
  }

  /**
   * Refuses to start without a way to authenticate callers, or with a demo secret outside the
   * {@code dev} profile ({@link AuthConfigurationCheck}).
   */
  @Bean
  AuthConfigurationCheck.Passed authConfigurationCheck(
      AuthProperties properties, Environment environment) {
    return AuthConfigurationCheck.verify(
        properties, environment, DemoSecrets.load(getClass().getClassLoader()));
  }

  /**
   * Tokens of an external issuer, its keys found lazily from its discovery document; the issuer,
   * the validity period and the audience ({@code gvr.auth.audience}) are checked.
   */
  @Bean
  @ConditionalOnProperty(prefix = "gvr.auth", name = "issuer-uri")
  @ConditionalOnMissingBean(JwtDecoder.class)
  JwtDecoder externalJwtDecoder(AuthProperties properties, AuthConfigurationCheck.Passed checked) {
    String issuer = properties.issuerUri().toString();
    OAuth2TokenValidator<Jwt> validator =
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(issuer),
            new JwtAudienceValidator(properties.audience()));
    return properties.cached(
        new SupplierJwtDecoder(
            () -> {
              NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
              decoder.setJwtValidator(validator);
              return decoder;
            }));
  }
}

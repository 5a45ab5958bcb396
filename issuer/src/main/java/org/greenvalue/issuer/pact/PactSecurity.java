package org.greenvalue.issuer.pact;

import static org.greenvalue.service.security.Scopes.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.greenvalue.issuer.security.IssuerScopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The PACT API's own security chain, ahead of the service's: {@code /auth/token} is open (it checks
 * HTTP Basic itself); footprints need {@code pact.read}, events {@code pact.events}. Failures are
 * PACT error responses: an expired token is {@code TokenExpired} (401), a missing or invalid one
 * {@code BadRequest} (400), a missing scope {@code AccessDenied} (403).
 */
@Configuration(proxyBeanMethods = false)
class PactSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain pactApi(HttpSecurity http, ObjectMapper json) throws Exception {
    http.securityMatcher("/3/**", "/auth/token")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/auth/token")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/3/events")
                    .hasAuthority(authority(IssuerScopes.PACT_EVENTS))
                    .anyRequest()
                    .hasAuthority(authority(IssuerScopes.PACT_READ)))
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> {})
                    .authenticationEntryPoint(
                        (request, response, e) -> write(response, json, unauthenticated(e)))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                new PactError(PactError.ACCESS_DENIED, "Access denied"))))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) -> write(response, json, unauthenticated(ex)))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            write(
                                response,
                                json,
                                new PactError(PactError.ACCESS_DENIED, "Access denied"))));
    return http.build();
  }

  private static PactError unauthenticated(AuthenticationException e) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(java.util.Locale.ROOT).contains("expired")) {
      return new PactError(PactError.TOKEN_EXPIRED, "The specified access token has expired");
    }
    return new PactError(PactError.BAD_REQUEST, "A valid bearer token is required");
  }

  /**
   * RFC 6750 section 3: a 401 names the scheme and, for a token that was presented, why it is
   * refused.
   */
  private static void write(HttpServletResponse response, ObjectMapper json, PactError error) {
    if (error.status() == HttpStatus.UNAUTHORIZED) {
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          "Bearer error=\"invalid_token\", error_description=\"" + error.message() + "\"");
    }
    PactErrorResolver.write(response, json, error);
  }
}

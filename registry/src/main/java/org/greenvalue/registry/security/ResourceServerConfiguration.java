package org.greenvalue.registry.security;

import static org.greenvalue.registry.security.Scopes.REGISTRY_READ;
import static org.greenvalue.registry.security.Scopes.REGISTRY_WRITE;
import static org.greenvalue.registry.security.Scopes.TRUST_AUTHORITY;
import static org.greenvalue.registry.security.Scopes.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API as an OAuth2 resource server: trust changes need {@code trust.authority}, status list
 * writes {@code registry.write}, reads {@code registry.read}; published status lists, health and
 * the OpenAPI document are public.
 */
@Configuration(proxyBeanMethods = false)
class ResourceServerConfiguration {

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json);
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/status-lists/*/*", "/trust/list")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/error")
                    .permitAll()
                    .requestMatchers("/trust/accreditations", "/trust/status-changes")
                    .hasAuthority(authority(TRUST_AUTHORITY))
                    .requestMatchers(HttpMethod.POST, "/lots", "/lots/**")
                    .hasAuthority(authority(REGISTRY_WRITE))
                    .requestMatchers(HttpMethod.POST, "/anchors")
                    .hasAuthority(authority(REGISTRY_WRITE))
                    .requestMatchers(HttpMethod.POST, "/status-lists/**")
                    .hasAuthority(authority(REGISTRY_WRITE))
                    .requestMatchers("/status-lists/**")
                    .hasAuthority(authority(REGISTRY_WRITE))
                    .anyRequest()
                    .hasAuthority(authority(REGISTRY_READ)))
        .oauth2ResourceServer(
            o -> o.jwt(j -> {}).authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  /** Tokens of an external OIDC provider, fetched lazily from its discovery document. */
  @Bean
  @ConditionalOnProperty(prefix = "gvr.registry.auth", name = "issuer-uri")
  JwtDecoder externalJwtDecoder(AuthProperties properties) {
    String issuer = properties.issuerUri().toString();
    return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
  }
}

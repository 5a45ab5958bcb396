package org.greenvalue.verifier.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web page and its {@code /web/**} endpoints are public: a buyer or financier opens the page
 * with no token. The chain matches only those paths (before the token-guarded API chain), keeps no
 * session and no cookies (so there is nothing for a cross-site request to ride on), and sends a
 * Content-Security-Policy that allows nothing but this origin: the page loads no CDN and talks to
 * no other host.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  @Bean
  @Order(0)
  SecurityFilterChain webPage(HttpSecurity http) throws Exception {
    http.securityMatcher("/", "/index.html", "/favicon.svg", "/assets/**", "/web/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }
}

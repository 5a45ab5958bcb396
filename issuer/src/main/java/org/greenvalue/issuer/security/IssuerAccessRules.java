package org.greenvalue.issuer.security;

import static org.greenvalue.issuer.security.IssuerScopes.ADMIN;
import static org.greenvalue.issuer.security.IssuerScopes.ASSURANCE;
import static org.greenvalue.issuer.security.IssuerScopes.READ;
import static org.greenvalue.issuer.security.IssuerScopes.SUPPLIER;
import static org.greenvalue.service.security.Scopes.authority;

import org.greenvalue.service.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which scope each endpoint needs. DID documents and PACT extension schemas are public.
 * Organisation membership (which client may sign for which organisation) is checked in the handlers
 * on top of these scopes.
 */
@Configuration(proxyBeanMethods = false)
class IssuerAccessRules {

  @Bean
  AccessRules issuerRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/*/did.json", "/pact/extensions/**")
            .permitAll()
            .requestMatchers(
                HttpMethod.POST,
                "/organisations",
                "/organisations/*/keys/rotation",
                "/organisations/*/keys/*/compromise")
            .hasAuthority(authority(ADMIN))
            .requestMatchers(HttpMethod.POST, "/organisations/*/packs")
            .hasAnyAuthority(authority(SUPPLIER), authority(ASSURANCE))
            .requestMatchers(
                HttpMethod.POST,
                "/organisations/*/credentials/footprint",
                "/organisations/*/credentials/reduction",
                "/organisations/*/engagements",
                "/organisations/*/engagements/*/end",
                "/organisations/*/pact-clients")
            .hasAuthority(authority(SUPPLIER))
            .requestMatchers(HttpMethod.POST, "/organisations/*/credentials/assurance")
            .hasAuthority(authority(ASSURANCE))
            .requestMatchers(
                HttpMethod.POST,
                "/credentials/issue",
                "/credentials/derive",
                "/credentials/status",
                "/credentials/*/status")
            .hasAnyAuthority(authority(SUPPLIER), authority(ASSURANCE))
            .requestMatchers(HttpMethod.DELETE, "/organisations/*/pact-clients/*")
            .hasAuthority(authority(SUPPLIER))
            .anyRequest()
            .hasAuthority(authority(READ));
  }
}

package org.greenvalue.registry.security;

import static org.greenvalue.registry.security.RegistryScopes.REGISTRY_READ;
import static org.greenvalue.registry.security.RegistryScopes.REGISTRY_WRITE;
import static org.greenvalue.registry.security.RegistryScopes.TRUST_AUTHORITY;
import static org.greenvalue.service.security.Scopes.authority;

import org.greenvalue.service.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which scope each endpoint needs: trust changes, organisation registrations and re-anchoring after
 * a chain loss need {@code trust.authority}; lots, allocations, retirements, anchors, DID document
 * versions and status list writes {@code registry.write}; reads {@code registry.read}. Published
 * status lists, the trust list and the explorer (its page at {@code /} and its read-only API under
 * {@code /explorer}, GET only) are public (the kit already permits health, the OpenAPI document and
 * {@code /error}).
 */
@Configuration(proxyBeanMethods = false)
class RegistryAccessRules {

  @Bean
  AccessRules registryRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/status-lists/*/*", "/trust/list")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/", "/explorer/**")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/anchors/re-anchoring")
            .hasAuthority(authority(TRUST_AUTHORITY))
            .requestMatchers("/trust/accreditations", "/trust/status-changes")
            .hasAuthority(authority(TRUST_AUTHORITY))
            .requestMatchers(HttpMethod.POST, "/organisations")
            .hasAuthority(authority(TRUST_AUTHORITY))
            .requestMatchers(HttpMethod.PUT, "/organisations/*")
            .hasAuthority(authority(TRUST_AUTHORITY))
            .requestMatchers(
                HttpMethod.POST, "/lots", "/lots/**", "/allocations/**", "/retirements")
            .hasAuthority(authority(REGISTRY_WRITE))
            .requestMatchers(HttpMethod.POST, "/anchors", "/anchors/batch", "/dids/versions")
            .hasAuthority(authority(REGISTRY_WRITE))
            .requestMatchers("/status-lists/**")
            .hasAuthority(authority(REGISTRY_WRITE))
            .anyRequest()
            .hasAuthority(authority(REGISTRY_READ));
  }
}

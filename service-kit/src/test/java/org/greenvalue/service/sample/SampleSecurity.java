package org.greenvalue.service.sample;

import static org.greenvalue.service.security.Scopes.authority;

import org.greenvalue.service.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SampleSecurity {

  @Bean
  AccessRules sampleRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.POST, "/things")
            .hasAuthority(authority("sample.write"))
            .anyRequest()
            .hasAuthority(authority("sample.read"));
  }
}

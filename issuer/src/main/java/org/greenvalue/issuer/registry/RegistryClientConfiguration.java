package org.greenvalue.issuer.registry;

import java.time.Clock;
import java.util.Set;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one registry client of the service. */
@Configuration(proxyBeanMethods = false)
class RegistryClientConfiguration {

  @Bean
  RegistryClient registryClient(RegistryProperties properties, Clock clock) {
    return new RegistryClient(
        new RegistryClientConfig(
            properties.url(),
            properties.clientId(),
            properties.clientSecret(),
            Set.of("registry.write", "registry.read"),
            properties.timeout()),
        clock);
  }
}

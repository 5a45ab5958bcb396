package org.greenvalue.issuer.registry;

import org.greenvalue.registry.client.RegistryClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the registry answers. Reported but not fatal: while it is away the issuer keeps issuing
 * from its pool of status entries and queues anchors.
 */
@Component("registry")
class RegistryHealthIndicator implements HealthIndicator {
  private final RegistryClient registry;
  private final RegistryProperties properties;

  RegistryHealthIndicator(RegistryClient registry, RegistryProperties properties) {
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public Health health() {
    Health.Builder health = registry.reachable() ? Health.up() : Health.unknown();
    return health.withDetail("url", properties.url().toString()).build();
  }
}

package org.greenvalue.issuer.registry;

import org.greenvalue.registry.client.RegistryClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the registry answers: down while it does not, which takes the issuer out of readiness
 * (the readiness group includes it) while liveness stays up. Requests already routed here keep
 * issuing from the pool of status entries and queue their anchors.
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
    Health.Builder health = registry.reachable() ? Health.up() : Health.down();
    return health.withDetail("url", properties.url().toString()).build();
  }
}

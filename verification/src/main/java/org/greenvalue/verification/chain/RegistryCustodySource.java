package org.greenvalue.verification.chain;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.verification.RegistryReads;

/** Asks the registry: {@code GET /allocations/{id}/chain} (scope {@code registry.read}). */
public final class RegistryCustodySource implements CustodySource {

  private final RegistryClient registry;

  public RegistryCustodySource(RegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public Result<Optional<JsonObject>> chainOf(UUID allocationId) {
    return RegistryReads.getJson(registry, "/allocations/" + allocationId + "/chain");
  }

  @Override
  public String describe() {
    return "registry " + registry.baseUrl();
  }
}

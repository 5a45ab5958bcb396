package org.greenvalue.verification.trust;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.verification.RegistryReads;

/**
 * Asks the registry's trust API, {@code GET /trust/{did}?type=&at=}, which answers from its
 * time-scoped accreditation history ({@code {"trusted": bool, "reason": "..."}}).
 */
public final class RegistryTrustSource implements TrustSource {

  private final RegistryClient registry;

  public RegistryTrustSource(RegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public Result<TrustDecision> decide(String did, String credentialType, Instant at) {
    String path =
        "/trust?did="
            + RegistryClient.encode(did)
            + "&type="
            + RegistryClient.encode(credentialType)
            + "&at="
            + RegistryClient.encode(at.toString());
    return RegistryReads.getJson(registry, path).flatMap(RegistryTrustSource::decision);
  }

  private static Result<TrustDecision> decision(Optional<JsonObject> answer) {
    if (answer.isEmpty()) {
      return Result.success(new TrustDecision(false, "the registry knows no accreditation"));
    }
    JsonObject json = answer.get();
    if (!(json.get("trusted") instanceof jakarta.json.JsonValue value)
        || (value != jakarta.json.JsonValue.TRUE && value != jakarta.json.JsonValue.FALSE)) {
      return Result.failure("the registry's trust answer has no boolean 'trusted'");
    }
    return Result.success(
        new TrustDecision(value == jakarta.json.JsonValue.TRUE, json.getString("reason", "")));
  }

  /**
   * {@code GET /organisations?did=}: the organisation's {@code id}; empty on 404, and when the
   * registry cannot answer or answers without an id (only DIDs are compared then).
   */
  @Override
  public Optional<String> organisationOf(String did) {
    try {
      return registry
          .organisationOfDid(did)
          .map(organisation -> organisation.id())
          .filter(id -> !id.isBlank());
    } catch (RegistryException e) {
      return Optional.empty();
    }
  }

  @Override
  public String describe() {
    return "registry " + registry.baseUrl();
  }
}

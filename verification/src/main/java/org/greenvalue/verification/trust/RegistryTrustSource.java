package org.greenvalue.verification.trust;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.verification.registry.RegistryClient;

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
    return registry.getJson(path).flatMap(RegistryTrustSource::decision);
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
    Result<Optional<JsonObject>> answer =
        registry.getJson("/organisations?did=" + RegistryClient.encode(did));
    if (!answer.succeeded() || answer.value().isEmpty()) {
      return Optional.empty();
    }
    return answer.value().get().get("id") instanceof jakarta.json.JsonString id
            && !id.getString().isBlank()
        ? Optional.of(id.getString())
        : Optional.empty();
  }

  @Override
  public String describe() {
    return "registry " + registry.base();
  }
}

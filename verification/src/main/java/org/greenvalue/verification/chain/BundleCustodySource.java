package org.greenvalue.verification.chain;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * Custody chains from a file, for offline verification: {@code {"allocations": {"<uuid>": <chain
 * JSON as GET /allocations/{id}/chain answers>, ...}}}. An allocation the bundle lacks is a source
 * that cannot answer (a gap), not a refusal: the bundle may simply be incomplete.
 */
public final class BundleCustodySource implements CustodySource {

  private final Map<UUID, JsonObject> chains;
  private final String name;

  private BundleCustodySource(Map<UUID, JsonObject> chains, String name) {
    this.chains = Map.copyOf(chains);
    this.name = name;
  }

  /** Reads a bundle's JSON text; a malformed bundle is refused whole. */
  public static Result<BundleCustodySource> parse(String json, String name) {
    return JsonDocuments.parseObject(json)
        .flatMap(
            document -> {
              if (!(document.get("allocations") instanceof JsonObject allocations)) {
                return Result.failure("a custody bundle needs an object member 'allocations'");
              }
              var chains = new HashMap<UUID, JsonObject>();
              for (var entry : allocations.entrySet()) {
                UUID id;
                try {
                  id = UUID.fromString(entry.getKey());
                } catch (IllegalArgumentException e) {
                  return Result.failure(
                      "custody bundle: '" + entry.getKey() + "' is not an allocation uuid");
                }
                if (!(entry.getValue() instanceof JsonObject chain)) {
                  return Result.failure(
                      "custody bundle: the chain of " + id + " is not a JSON object");
                }
                chains.put(id, chain);
              }
              return Result.success(new BundleCustodySource(chains, name));
            });
  }

  public static Result<BundleCustodySource> load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      return Result.failure("cannot read the custody bundle " + file + ": " + e.getMessage());
    }
  }

  @Override
  public Result<Optional<JsonObject>> chainOf(UUID allocationId) {
    JsonObject chain = chains.get(allocationId);
    return chain == null
        ? Result.failure("the custody bundle " + name + " has no chain for " + allocationId)
        : Result.success(Optional.of(chain));
  }

  @Override
  public String describe() {
    return "custody bundle " + name;
  }
}

package org.greenvalue.verification;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;

/**
 * The registry's JSON documents for the online sources, read with {@code registry-client} and
 * parsed here, as values: a 404 is an empty answer; a registry that cannot answer (unreachable,
 * refusing our token after one retry, an error status, a body over 1 MiB) or answers with something
 * that is not a JSON object is a failure, with the client's reason (e.g. {@code GET <url> answered
 * 503}, {@code registry unreachable at <url>: …}).
 */
public final class RegistryReads {
  private RegistryReads() {}

  /** {@code GET pathAndQuery} (percent-encoded with {@link RegistryClient#encode}). */
  public static Result<Optional<JsonObject>> getJson(RegistryClient registry, String pathAndQuery) {
    Optional<String> body;
    try {
      body = registry.readJson(pathAndQuery);
    } catch (RegistryException e) {
      return Result.failure(e.getMessage());
    }
    if (body.isEmpty()) {
      return Result.success(Optional.empty());
    }
    return JsonDocuments.parseObject(body.get()).map(Optional::of);
  }
}

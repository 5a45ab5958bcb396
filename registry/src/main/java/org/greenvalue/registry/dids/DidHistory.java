package org.greenvalue.registry.dids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.dids.DidVersionRepository.Stored;
import org.greenvalue.registry.dids.VersionView.CompromisedKey;
import org.springframework.stereotype.Component;

/** Reads a DID's history as the API and the trust list answer it. */
@Component
public class DidHistory {
  private final DidVersionRepository versions;
  private final ObjectMapper json;

  DidHistory(DidVersionRepository versions, ObjectMapper json) {
    this.versions = versions;
    this.json = json;
  }

  Optional<VersionView.History> of(String did) {
    List<Stored> stored = versions.history(did);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    var views = new ArrayList<VersionView>(stored.size());
    var compromised = new ArrayList<CompromisedKey>();
    for (int i = 0; i < stored.size(); i++) {
      DidVersion v = stored.get(i).version();
      if (v.compromisedAt().isPresent()) {
        compromised.add(new CompromisedKey(v.keyId().orElseThrow(), v.compromisedAt().get()));
      }
      var next = i + 1 < stored.size() ? stored.get(i + 1).version().validFrom() : null;
      views.add(
          new VersionView(
              v.did(),
              v.version(),
              v.validFrom(),
              next,
              v.document(),
              new VersionView.Change(
                  v.kind(), v.keyId().orElse(null), v.compromisedAt().orElse(null)),
              v.digest(),
              List.copyOf(compromised),
              v.registeredAt(),
              stored.get(i).receipt().orElse(null)));
    }
    return Optional.of(new VersionView.History(did, views));
  }

  /** One DID's history as {@code GET /dids/history} answers it; empty when none is registered. */
  public Optional<JsonObject> json(String did) {
    return of(did).map(history -> asJson(history).asJsonObject());
  }

  /**
   * Every DID's history as {@code GET /dids/history} answers it, for the trust list snapshot (so a
   * verifier decides key validity at issuance offline too).
   */
  public JsonArray all() {
    List<VersionView.History> all =
        versions.dids().stream().map(this::of).flatMap(Optional::stream).toList();
    return asJson(Map.of("histories", all)).asJsonObject().getJsonArray("histories");
  }

  /** The view as the API writes it (Jackson), read back as a JSON-P value. */
  private JsonValue asJson(Object view) {
    try {
      return JsonDocuments.parseObject(json.writeValueAsString(view)).orElseThrow();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a DID history", e);
    }
  }
}

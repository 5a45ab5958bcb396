package org.greenvalue.verification.anchor;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.verification.RegistryReads;

/**
 * Asks the registry's anchoring API: {@code GET /anchors/{digest}} answers {@code {"digest",
 * "state": "PENDING"|"ANCHORED", "submittedAt", "anchoredAt"?, "receipt"?}} with the receipt in
 * {@code AnchorReceiptJson} form, or 404 for a digest it never saw.
 */
public final class RegistryReceiptSource implements ReceiptSource {

  private final RegistryClient registry;

  public RegistryReceiptSource(RegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public AnchorLookup lookup(String digest) {
    Result<Optional<JsonObject>> answer =
        RegistryReads.getJson(registry, "/anchors/" + RegistryClient.encode(digest));
    if (!answer.succeeded()) {
      return new AnchorLookup.Unavailable(answer.reason());
    }
    if (answer.value().isEmpty()) {
      return new AnchorLookup.Unknown();
    }
    return read(answer.value().get());
  }

  static AnchorLookup read(JsonObject json) {
    String state = json.getString("state", "");
    if (state.equals("PENDING")) {
      try {
        return new AnchorLookup.Pending(Instant.parse(json.getString("submittedAt", "")));
      } catch (DateTimeParseException e) {
        return new AnchorLookup.Malformed("pending anchor without a valid submittedAt");
      }
    }
    if (!state.equals("ANCHORED") || !(json.get("receipt") instanceof JsonObject receipt)) {
      return new AnchorLookup.Malformed(
          "unexpected anchor state '" + state + "' or no receipt from the registry");
    }
    return switch (AnchorReceiptJson.read(JsonDocuments.write(receipt))) {
      case ReceiptParse.Parsed parsed -> new AnchorLookup.Anchored(parsed.receipt());
      case ReceiptParse.Malformed malformed -> new AnchorLookup.Malformed(malformed.reason());
    };
  }

  @Override
  public String describe() {
    return "registry " + registry.baseUrl();
  }
}

package org.greenvalue.verification.pact;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.verification.CredentialJson;

/** {@code pact.reduction[i].matches}: the ΔCO2 is the footprint issuer's, for its product. */
final class ReductionBinding {
  private ReductionBinding() {}

  static Check check(String prefix, JsonObject footprint, String pcf, String reduction) {
    String name = "pact." + prefix + ".matches";
    Optional<JsonObject> claim = CredentialJson.payload(reduction);
    Optional<String> productId =
        claim
            .filter(c -> c.get("credentialSubject") instanceof JsonObject)
            .map(c -> c.getJsonObject("credentialSubject"))
            .filter(s -> s.get("productId") instanceof JsonString)
            .map(s -> s.getString("productId"));
    if (productId.isEmpty()) {
      return Check.failed(name, "the ΔCO2 credential names no productId");
    }
    List<String> products = new ArrayList<>();
    if (footprint.get("productIds") instanceof JsonArray ids) {
      for (JsonValue each : ids) {
        if (each instanceof JsonString s) {
          products.add(s.getString());
        }
      }
    }
    if (!products.contains(productId.get())) {
      return Check.failed(
          name, "the ΔCO2 credential is for " + productId.get() + ", not a product of this one");
    }
    Optional<String> footprintIssuer =
        CredentialJson.payload(pcf).flatMap(ReductionBinding::issuer);
    Optional<String> reductionIssuer = claim.flatMap(ReductionBinding::issuer);
    return Check.of(
        name,
        footprintIssuer.isPresent() && footprintIssuer.equals(reductionIssuer),
        "a ΔCO2 of " + productId.get() + " by the footprint's issuer",
        "the ΔCO2 credential's issuer "
            + reductionIssuer.orElse("(none)")
            + " is not the footprint's "
            + footprintIssuer.orElse("(none)"));
  }

  private static Optional<String> issuer(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (issuer instanceof JsonObject o && o.get("id") instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    return Optional.empty();
  }
}

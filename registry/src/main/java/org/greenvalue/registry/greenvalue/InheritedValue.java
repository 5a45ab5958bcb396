package org.greenvalue.registry.greenvalue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.CredentialJson;

/**
 * A ΔCO2 credential with {@code upstream} references claims value inherited from allocations up the
 * supply chain: it was minted once already, at its root, so minting it again would count the same
 * reduction twice. Read from the raw credential subject, before any other check.
 */
final class InheritedValue {
  private InheritedValue() {}

  static void refuseUpstream(String securedCredential) {
    JsonValue subject =
        CredentialJson.payload(securedCredential)
            .map(json -> json.get("credentialSubject"))
            .orElse(null);
    if (hasUpstream(subject)) {
      throw Problem.invalid(
          "inherited-value-not-mintable",
          "the reduction credential references upstream allocations: its value was minted at its"
              + " root and can only be passed on by transfer and allocation, never minted again");
    }
  }

  private static boolean hasUpstream(JsonValue subject) {
    if (subject instanceof JsonObject object) {
      return object.containsKey("upstream");
    }
    if (subject != null && subject.getValueType() == JsonValue.ValueType.ARRAY) {
      return subject.asJsonArray().stream().anyMatch(InheritedValue::hasUpstream);
    }
    return false;
  }
}

package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/** Prints an eligibility verdict rule by rule. */
final class Eligibility {

  private Eligibility() {}

  /** Reports each rule to {@code say}; returns whether the claim is eligible. */
  static boolean report(JsonNode eligibility, Consumer<String> say) {
    for (JsonNode rule : eligibility.get("rules")) {
      say.accept(
          (rule.get("satisfied").asBoolean() ? "✓ " : "✗ ")
              + rule.get("id").asText()
              + (rule.hasNonNull("reason") ? " (" + rule.get("reason").asText() + ")" : ""));
    }
    boolean eligible = eligibility.get("eligible").asBoolean();
    say.accept(
        "%s under %s v%d"
            .formatted(
                eligible ? "ELIGIBLE" : "NOT ELIGIBLE",
                eligibility.path("policy").asText(),
                eligibility.path("version").asInt()));
    return eligible;
  }
}

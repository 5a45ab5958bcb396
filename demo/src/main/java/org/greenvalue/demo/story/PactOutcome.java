package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a buyer's PACT pull found: each footprint's verdict, the checks that failed and the gaps,
 * and, for credentials that inherit value, the custody chain the verifier walked.
 *
 * @param verdicts the verdict of each footprint, then of each carried credential that did not
 *     verify
 * @param failures the names of the failed checks, of any footprint or carried credential
 * @param gaps the checks that could not run for want of an input
 * @param chain one line per tier of every custody chain walked
 */
public record PactOutcome(
    List<String> verdicts, List<String> failures, List<String> gaps, List<String> chain) {

  /** Reads the verifier's answer, reporting each footprint and credential to {@code say}. */
  static PactOutcome read(JsonNode pulled, Consumer<String> say) {
    List<String> verdicts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    List<String> chain = new ArrayList<>();
    for (JsonNode result : pulled.path("footprints")) {
      result.path("gaps").forEach(g -> gaps.add(g.asText()));
      result.path("failures").forEach(f -> failures.add(f.path("name").asText()));
      String verdict = result.path("verdict").asText();
      verdicts.add(verdict);
      say.accept("footprint " + result.path("id").asText() + ": " + verdict + problems(result));
      for (JsonNode credential : result.path("credentials")) {
        credential.path("gaps").forEach(g -> gaps.add(g.asText()));
        credential.path("failures").forEach(f -> failures.add(f.path("name").asText()));
        if (!"VERIFIED".equals(credential.path("verdict").asText())) {
          verdicts.add(credential.path("verdict").asText());
        }
        say.accept(
            "  %s credential %s: %s"
                .formatted(
                    credential.path("role").asText(),
                    credential.path("id").asText(),
                    credential.path("verdict").asText()));
        JsonNode custody = credential.path("custody");
        for (JsonNode tier : custody.path("tiers")) {
          String line =
              "tier %d: %s, lot %s, %s t (%s)"
                  .formatted(
                      tier.path("tier").asInt(),
                      tier.path("organisation").asText(),
                      tier.path("lotId").asText(),
                      tier.path("quantity").asText(),
                      tier.path("verdict").asText());
          chain.add(line);
          say.accept("    " + line);
        }
        if (custody.isObject()) {
          say.accept(
              "    chain %s; attributable %s tCO2e"
                  .formatted(
                      custody.path("verified").asBoolean() ? "verified" : "NOT verified",
                      custody.path("attributable").asText()));
        }
      }
    }
    return new PactOutcome(verdicts, failures, gaps, chain);
  }

  /** Whether every footprint verified, with nothing failed and nothing left unchecked. */
  boolean allVerified() {
    return !verdicts.isEmpty()
        && failures.isEmpty()
        && gaps.isEmpty()
        && verdicts.stream().allMatch("VERIFIED"::equals);
  }

  /** The failed checks and gaps of one verification, for the progress line. */
  private static String problems(JsonNode result) {
    List<String> lines = new ArrayList<>();
    result
        .path("failures")
        .forEach(f -> lines.add(f.path("name").asText() + ": " + f.path("reason").asText()));
    result.path("gaps").forEach(g -> lines.add("gap " + g.asText()));
    return lines.isEmpty() ? "" : " (" + String.join("; ", lines) + ")";
  }
}

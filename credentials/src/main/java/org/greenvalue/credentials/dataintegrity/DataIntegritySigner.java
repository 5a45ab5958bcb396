package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * Adds a Data Integrity proof to documents (Data Integrity 1.0 §4.2 "Add Proof", §4.3 "Add Proof
 * Set/Chain"): one suite, one key, one set of options. An existing proof is kept and the new one
 * joins it in a proof set; with {@code previousProofs} the new proof also secures those proofs.
 * Immutable and thread-safe.
 */
public final class DataIntegritySigner {

  private final Cryptosuite suite;
  private final SigningKey key;
  private final ProofOptions options;
  private final Clock clock;

  DataIntegritySigner(Cryptosuite suite, SigningKey key, ProofOptions options, Clock clock) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.key = Objects.requireNonNull(key, "key");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The document with the new proof added; a failure says why it could not be signed. */
  public Result<JsonObject> sign(JsonObject document) {
    return ProofSet.of(document)
        .flatMap(set -> set.matching(options.previousProofs()).flatMap(prev -> sign(set, prev)));
  }

  private Result<JsonObject> sign(ProofSet set, List<JsonObject> previous) {
    JsonObject proofOptions = proofOptions();
    var context = set.unsecured().get("@context");
    if (context == null && !suite.canonicalization().proofCarriesContext()) {
      return Result.failure(suite.name() + " needs a JSON-LD document: it has no @context");
    }
    JsonObject proofConfig =
        context == null
            ? proofOptions
            : JSON.createObjectBuilder(proofOptions).add("@context", context).build();
    return HashData.of(suite, key.type(), proofConfig, set.inputFor(previous))
        .map(
            hashData -> {
              JsonObject base =
                  suite.canonicalization().proofCarriesContext() ? proofConfig : proofOptions;
              JsonObject proof =
                  JSON.createObjectBuilder(base)
                      .add("proofValue", ProofValue.encode(key.sign(hashData)))
                      .build();
              return withProof(set, proof);
            });
  }

  private JsonObject proofOptions() {
    Instant created =
        options.created().orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
    JsonObjectBuilder proof = JSON.createObjectBuilder().add("type", "DataIntegrityProof");
    options.id().ifPresent(id -> proof.add("id", id));
    proof.add("cryptosuite", suite.name()).add("created", format(created));
    options.expires().ifPresent(expires -> proof.add("expires", format(expires)));
    proof
        .add("verificationMethod", options.verificationMethod())
        .add("proofPurpose", options.purpose().term());
    options.domain().ifPresent(domain -> proof.add("domain", domain));
    options.challenge().ifPresent(challenge -> proof.add("challenge", challenge));
    List<String> previous = options.previousProofs();
    if (previous.size() == 1) {
      proof.add("previousProof", previous.get(0));
    } else if (!previous.isEmpty()) {
      proof.add("previousProof", JSON.createArrayBuilder(previous));
    }
    return proof.build();
  }

  private static JsonObject withProof(ProofSet set, JsonObject proof) {
    if (set.proofs().isEmpty()) {
      return JSON.createObjectBuilder(set.unsecured()).add("proof", proof).build();
    }
    var all = JSON.createArrayBuilder();
    set.proofs().forEach(all::add);
    all.add(proof);
    return JSON.createObjectBuilder(set.unsecured()).add("proof", all).build();
  }

  static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}

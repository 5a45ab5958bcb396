package org.greenvalue.credentials.dataintegrity.sd;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Verifies an ecdsa-sd-2023 derived proof (vc-di-ecdsa §3.3.6 "createVerifyData", §3.3.? "Verify
 * Derived Proof"): the disclosed document's statements are canonicalized and relabelled with the
 * proof's HMAC labels; the issuer's base signature must cover the proof configuration, the
 * proof-scoped key and the mandatory statements, and each other statement must carry its own
 * signature by the proof-scoped key. A base proof is refused: it is the holder's, not for
 * verifiers. Gives the {@code proofValue} and {@code signature} checks of one proof.
 */
public final class EcdsaSdVerification {

  private EcdsaSdVerification() {}

  public static List<Check> check(
      JsonObject proof, JsonObject unsecured, Optional<VerificationKey> issuerKey) {
    String value = proof.get("proofValue") instanceof JsonString s ? s.getString() : null;
    if (SdProofValues.isBase(value)) {
      return List.of(
          Check.failed(
              "proofValue",
              "an ecdsa-sd-2023 base proof is for the holder: derive a disclosure from it (gvr vc"
                  + " derive) and present the derived credential"),
          Check.skipped("signature", "a base proof is not verified"));
    }
    var derived = SdProofValues.decodeDerived(value);
    if (!derived.succeeded()) {
      return List.of(
          Check.failed("proofValue", derived.reason()),
          Check.skipped("signature", "needs a well-formed derived proof value"));
    }
    Check proofValue =
        Check.passed(
            "proofValue",
            "ecdsa-sd-2023 derived proof, "
                + derived.value().signatures().size()
                + " statement signatures");
    if (issuerKey.isEmpty()) {
      return List.of(proofValue, Check.skipped("signature", "needs the issuer's key"));
    }
    return List.of(proofValue, signature(proof, unsecured, derived.value(), issuerKey.get()));
  }

  private static Check signature(
      JsonObject proof, JsonObject unsecured, DerivedProof derived, VerificationKey issuerKey) {
    var proofHash = SdHashes.proofHash(proof, unsecured);
    if (!proofHash.succeeded()) {
      return Check.failed("signature", "cannot canonicalize the proof: " + proofHash.reason());
    }
    var statements = Statements.of(unsecured);
    if (!statements.succeeded()) {
      return Check.failed("signature", "cannot transform the document: " + statements.reason());
    }
    var labelled =
        Statements.canonicalize(
            statements.value(), ids -> HmacLabels.fromProof(derived.labels(), ids));
    if (!labelled.succeeded()) {
      return Check.failed("signature", labelled.reason());
    }
    List<String> nquads = labelled.value().nquads();
    var mandatoryIndexes = new HashSet<>(derived.mandatoryIndexes());
    if (derived.mandatoryIndexes().stream().anyMatch(i -> i >= nquads.size())) {
      return Check.failed("signature", "a mandatory index is past the disclosed statements");
    }
    var mandatory = new ArrayList<String>();
    var nonMandatory = new ArrayList<String>();
    for (int i = 0; i < nquads.size(); i++) {
      (mandatoryIndexes.contains(i) ? mandatory : nonMandatory).add(nquads.get(i));
    }
    if (derived.signatures().size() != nonMandatory.size()) {
      return Check.failed(
          "signature",
          derived.signatures().size()
              + " statement signatures for "
              + nonMandatory.size()
              + " non-mandatory statements");
    }
    byte[] signData = SdHashes.signData(proofHash.value(), derived.publicKey(), mandatory);
    if (!issuerKey.verify(signData, derived.baseSignature())) {
      return Check.failed(
          "signature", "the base signature does not cover these mandatory statements");
    }
    VerificationKey proofKey;
    try {
      proofKey =
          VerificationKey.of(
              KeyType.P256, Arrays.copyOfRange(derived.publicKey(), 2, derived.publicKey().length));
    } catch (IllegalArgumentException e) {
      return Check.failed("signature", "the proof-scoped key is not a P-256 point");
    }
    for (int i = 0; i < nonMandatory.size(); i++) {
      byte[] statement = nonMandatory.get(i).getBytes(StandardCharsets.UTF_8);
      if (!proofKey.verify(statement, derived.signatures().get(i))) {
        return Check.failed("signature", "disclosed statement " + i + " is not as signed");
      }
    }
    return Check.passed(
        "signature",
        "ecdsa-sd-2023 derived proof verifies: "
            + mandatory.size()
            + " mandatory and "
            + nonMandatory.size()
            + " selectively disclosed statements");
  }
}

package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.greenvalue.common.verification.Check;

/**
 * Proof chains (Data Integrity 1.0 §4.5): every {@code previousProof} must name a proof of the
 * document by its {@code id}, and proof ids must be unique so the reference is unambiguous.
 */
final class ChainRule {

  static final String NAME = "proof.chain";

  private ChainRule() {}

  static Check check(ProofSet set) {
    var ids = new HashSet<String>();
    for (JsonObject proof : set.proofs()) {
      String id = ProofSet.stringOf(proof, "id");
      if (id != null && !ids.add(id)) {
        return Check.failed(NAME, "two proofs have the id " + id);
      }
    }
    var links = new ArrayList<String>();
    List<JsonObject> proofs = set.proofs();
    for (int i = 0; i < proofs.size(); i++) {
      var previous = ProofSet.previousProofIds(proofs.get(i));
      if (!previous.succeeded()) {
        return Check.failed(NAME, "proof[" + i + "]: " + previous.reason());
      }
      for (String id : previous.value()) {
        if (!ids.contains(id)) {
          return Check.failed(
              NAME, "proof[" + i + "] chains to " + id + ", which is not in the document");
        }
        links.add("proof[" + i + "] -> " + id);
      }
    }
    return links.isEmpty()
        ? Check.skipped(NAME, "no proof chains to another")
        : Check.passed(NAME, String.join(", ", links));
  }
}

package org.greenvalue.registry.anchoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.greenvalue.ledger.anchor.DigestError;
import org.greenvalue.ledger.anchor.DigestRead;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * {@code {"digests": ["sha256:…", …]}}: the body of the batch endpoints, 1 to {@value #MAX}
 * digests. One malformed digest refuses the whole batch, naming every bad position, so a batch is
 * taken whole or not at all.
 */
record DigestBatch(List<String> digests) {
  static final int MAX = 1000;

  /** The distinct digests in the order given; a 400 problem when the batch is not acceptable. */
  List<String> validated() {
    if (digests == null || digests.isEmpty() || digests.size() > MAX) {
      throw invalid("digests must be an array of 1 to " + MAX + " digests");
    }
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < digests.size(); i++) {
      if (DigestRead.read(digests.get(i)) instanceof DigestError e) {
        if (bad.size() < 10) {
          bad.add("digests[" + i + "]: " + e.reason());
        }
      }
    }
    if (!bad.isEmpty()) {
      throw invalid(String.join("; ", bad));
    }
    return List.copyOf(new LinkedHashSet<>(digests));
  }

  private static Problem invalid(String detail) {
    return new Problem(HttpStatus.BAD_REQUEST, "invalid-digest", "Invalid digest batch", detail);
  }
}

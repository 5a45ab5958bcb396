package org.greenvalue.registry.anchoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.greenvalue.common.digest.Sha256Digest;
import org.springframework.stereotype.Component;

/**
 * Submits a digest of another registry feature (e.g. a DID document version) to the anchoring
 * outbox in the caller's transaction, so the feature's row and its submission commit together. The
 * worker then batches it like any {@code POST /anchors}.
 */
@Component
public class AnchorSubmissions {
  private final OutboxRepository outbox;

  AnchorSubmissions(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  /**
   * @return whether the digest was new
   */
  public boolean submit(Sha256Digest digest, Instant at, String clientId) {
    var submission = new Submission(digest.toString(), at.truncatedTo(ChronoUnit.MICROS), clientId);
    return outbox.append(List.of(submission)).contains(digest.toString());
  }
}

package org.greenvalue.ledger.trust;

import java.util.List;

/** Everything recorded for one DID and credential type, oldest first. */
public record TrustHistory(List<Accreditation> accreditations, List<StatusChange> statusChanges) {
  public TrustHistory {
    accreditations = List.copyOf(accreditations);
    statusChanges = List.copyOf(statusChanges);
  }
}

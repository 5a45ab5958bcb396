package org.greenvalue.issuer.status;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps every organisation's pool of status entries topped up in the background. */
@Component
class StatusPoolRefill {
  private static final Logger log = LoggerFactory.getLogger(StatusPoolRefill.class);

  private final StatusEntries entries;
  private final Supplier<List<String>> issuerDids;

  StatusPoolRefill(StatusEntries entries, IssuerDids issuerDids) {
    this.entries = entries;
    this.issuerDids = issuerDids::all;
  }

  @Scheduled(
      initialDelayString = "${gvr.issuer.status.refill-interval:2s}",
      fixedDelayString = "${gvr.issuer.status.refill-interval:2s}")
  void refill() {
    for (String did : issuerDids.get()) {
      int added = entries.refill(did);
      if (added > 0) {
        log.debug("allocated {} status entries ahead for {}", added, did);
      }
    }
  }
}

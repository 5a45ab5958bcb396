package org.greenvalue.verification;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a custody walk is: how many tiers lie below the credential being verified (0 for the
 * credential a caller asked about) and the digests of the credentials verified on the way here,
 * downstream first, so that a credential met again is a cycle.
 */
record CustodyWalk(int tiersBelow, List<String> digests) {

  /** The most tiers a custody path may have. */
  static final int MAX_TIERS = 8;

  CustodyWalk {
    digests = List.copyOf(digests);
  }

  static CustodyWalk start() {
    return new CustodyWalk(0, List.of());
  }

  /** The walk one credential further upstream, entered at {@code tier}. */
  CustodyWalk upstreamOf(int tier, String digest) {
    var seen = new ArrayList<>(digests);
    seen.add(digest);
    return new CustodyWalk(tier, seen);
  }
}

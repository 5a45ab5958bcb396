package org.greenvalue.verification;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.StatusListCheck;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.verification.facts.VerifiedFacts.StatusFacts;
import org.greenvalue.verification.facts.VerifiedFacts.StatusMessageFact;
import org.greenvalue.verification.status.StatusSource;
import org.greenvalue.verification.status.StatusSource.StatusList;

/**
 * Each {@code credentialStatus} entry checked against its list (fetched and verified by the status
 * source), one check per entry named {@code status.<purpose>}, the list's freshness in the reason.
 */
final class StatusRule implements Rule {

  @Override
  public String name() {
    return "status";
  }

  @Override
  public List<Check> check(RuleInput in) {
    return check(in.claim(), in.sources().status(), in.facts());
  }

  static List<Check> check(Claim claim, Optional<StatusSource> source, FactsBuilder facts) {
    List<JsonObject> entries = claim.credential().credentialStatus();
    if (entries.isEmpty()) {
      facts.status = new StatusFacts(true, false, false, Optional.empty());
      return List.of(
          Check.passed("status", "no credentialStatus: the issuer cannot revoke or suspend it"));
    }
    if (source.isEmpty()) {
      return List.of(
          facts.missing(
              "status", entries.size() + " status entries, but no status list source configured"));
    }
    var checks = new ArrayList<Check>();
    boolean revoked = false;
    boolean suspended = false;
    Optional<Instant> oldest = Optional.empty();
    var messages = new ArrayList<StatusMessageFact>();
    for (JsonObject json : entries) {
      Result<BitstringStatusListEntry> entry = BitstringStatusListEntry.parse(json);
      if (!entry.succeeded()) {
        checks.add(Check.failed("status", "malformed status entry: " + entry.reason()));
        continue;
      }
      String name = "status." + entry.value().statusPurpose().wireName();
      StatusList list;
      switch (source.get().fetch(entry.value().statusListCredential().toString())) {
        case StatusSource.Lookup.Found found -> list = found.list();
        case StatusSource.Lookup.Unavailable unavailable -> {
          // Not asking is not an answer: a gap (INCOMPLETE), never a failure.
          checks.add(
              facts.missing(name, "the status list could not be fetched: " + unavailable.reason()));
          continue;
        }
        case StatusSource.Lookup.Refused refused -> {
          checks.add(Check.failed(name, refused.reason()));
          continue;
        }
      }
      if (source
          .get()
          .allocated(
              entry.value().statusListCredential().toString(), entry.value().statusListIndex())
          .equals(Optional.of(false))) {
        checks.add(
            Check.failed(
                name,
                "index "
                    + entry.value().statusListIndex()
                    + " of "
                    + entry.value().statusListCredential()
                    + " was never allocated by its publisher"));
        continue;
      }
      Check check = StatusListCheck.check(entry.value(), list.subject());
      checks.add(
          new Check(check.name(), check.outcome(), check.reason() + "; list " + list.freshness()));
      if (entry.value().statusPurpose() == StatusPurpose.MESSAGE && !check.failed()) {
        messages.add(message(entry.value(), list));
      }
      if (check.failed()) {
        revoked |= entry.value().statusPurpose() == StatusPurpose.REVOCATION;
        suspended |= entry.value().statusPurpose() == StatusPurpose.SUSPENSION;
      }
      Instant fetched = list.fetchedAt();
      oldest = oldest.filter(o -> o.isBefore(fetched)).or(() -> Optional.of(fetched));
    }
    facts.status = new StatusFacts(true, revoked, suspended, oldest, messages);
    return checks;
  }

  private static StatusMessageFact message(BitstringStatusListEntry entry, StatusList list) {
    int value = StatusListCheck.status(entry, list.subject()).value();
    return new StatusMessageFact(
        entry.statusListCredential().toString(),
        entry.statusListIndex(),
        "0x" + Integer.toHexString(value),
        entry.messageFor(value));
  }
}

package org.greenvalue.credentials.status;

import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;

/**
 * Reads a credential's status from a status list (Bitstring Status List 1.0 §3.2, validate
 * algorithm) and reports it as a {@link Check} named {@code status.<purpose>}.
 *
 * <p>The caller has already verified the status list credential itself (its proof, its issuer and
 * that its URL is the entry's {@code statusListCredential}); this class trusts the subject it is
 * given and checks only what the entry and the list say.
 */
public final class StatusListCheck {

  private StatusListCheck() {}

  /** The status value of the entry in the list, or why it cannot be read. */
  public static Result<Integer> status(
      BitstringStatusListEntry entry, BitstringStatusListSubject list) {
    if (!list.statusPurposes().contains(entry.statusPurpose())) {
      return Result.failure(
          "status list does not serve purpose '" + entry.statusPurpose().wireName() + "'");
    }
    return list.decode(entry.statusSize())
        .flatMap(
            bits -> {
              if (entry.statusListIndex() >= bits.size()) {
                return Result.failure(
                    "statusListIndex "
                        + entry.statusListIndex()
                        + " is outside the list of "
                        + bits.size()
                        + " entries");
              }
              return Result.success(bits.get(entry.statusListIndex()));
            });
  }

  /**
   * The check for one entry: for revocation and suspension a set status fails; for message and
   * refresh the check passes and its reason states the status (and its message, if defined).
   */
  public static Check check(BitstringStatusListEntry entry, BitstringStatusListSubject list) {
    String name = "status." + entry.statusPurpose().wireName();
    String where = "index " + entry.statusListIndex() + " of " + entry.statusListCredential();
    Result<Integer> status = status(entry, list);
    if (!status.succeeded()) {
      return Check.failed(name, status.reason());
    }
    int value = status.value();
    String meaning = entry.messageFor(value).map(m -> " (" + m + ")").orElse("");
    String stated = "status 0x" + Integer.toHexString(value) + meaning + " at " + where;
    if (entry.statusPurpose().invalidates() && value != 0) {
      return Check.failed(name, entry.statusPurpose().wireName() + " set: " + stated);
    }
    return Check.passed(name, stated);
  }
}

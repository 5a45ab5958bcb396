package org.greenvalue.credentials.did;

import java.util.Optional;

/**
 * Whether a verification method belongs to a party (the issuer of a credential, the holder of a
 * presentation): the method's {@code controller}, as its DID document states it, is exactly the
 * party's DID, and the method is defined in that DID's own document (its id is {@code <DID>#...}).
 * Both are exact comparisons; a DID that merely starts with the party's is another DID.
 */
public final class ControllerBinding {

  private ControllerBinding() {}

  /**
   * Empty when the method is the party's; otherwise why not.
   *
   * @param role how the party is named in the reason, e.g. {@code issuer}
   */
  public static Optional<String> mismatch(VerificationMethod method, String party, String role) {
    if (!method.controller().equals(party)) {
      return Optional.of(
          method.id()
              + " is controlled by "
              + method.controller()
              + ", not the "
              + role
              + " "
              + party);
    }
    if (!method.id().startsWith(party + "#")) {
      return Optional.of(
          method.id() + " is not a verification method of the " + role + "'s DID " + party);
    }
    return Optional.empty();
  }
}

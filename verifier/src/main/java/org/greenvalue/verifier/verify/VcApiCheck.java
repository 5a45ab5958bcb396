package org.greenvalue.verifier.verify;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a VC-API caller can ask for in {@code options.checks}, each a group of the engine's
 * named checks. The default set ({@code proof}, {@code status}, {@code validity}, {@code
 * dataModel}) is what any verifier of any issuer's credential can decide; the others depend on our
 * registry, ledger and evidence, and are only warnings unless asked for.
 */
enum VcApiCheck {
  PROOF("proof"),
  STATUS("status"),
  VALIDITY("validity"),
  DATA_MODEL("dataModel"),
  TRUST("trust"),
  ANCHOR("anchor"),
  EVIDENCE("evidence"),
  ASSURANCE("assurance"),
  LOT("lot"),
  CUSTODY("custody");

  static final Set<VcApiCheck> DEFAULT =
      Collections.unmodifiableSet(EnumSet.of(PROOF, STATUS, VALIDITY, DATA_MODEL));

  private final String wireName;

  VcApiCheck(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  /** The check named {@code name} in a request; {@code credentialStatus} is {@code status}. */
  static Optional<VcApiCheck> named(String name) {
    if (name.equals("credentialStatus")) {
      return Optional.of(STATUS);
    }
    for (VcApiCheck check : values()) {
      if (check.wireName.equals(name)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }

  /**
   * The group an engine check belongs to, by its name without the {@code presentation.}, {@code
   * credential.} or {@code credential[i].} prefix: {@code trust.issuer} is trust, {@code
   * credential.vc.validUntil} validity, {@code credential.proof[0].signature} proof. A name no
   * group claims counts as proof, so an unknown check is never left out of the default verdict.
   */
  static VcApiCheck of(String checkName) {
    String name = unprefixed(checkName);
    if (name.startsWith("trust")) {
      return TRUST;
    }
    if (name.startsWith("anchor")) {
      return ANCHOR;
    }
    if (name.startsWith("evidence")) {
      return EVIDENCE;
    }
    if (name.startsWith("assurance")) {
      return ASSURANCE;
    }
    if (name.startsWith("lot.")) {
      return LOT;
    }
    if (name.startsWith("chain.") || name.startsWith("custody")) {
      return CUSTODY;
    }
    if (name.startsWith("status")) {
      return STATUS;
    }
    if (name.startsWith("vc.valid") || name.equals("jose.lifetime")) {
      return VALIDITY;
    }
    if (name.equals("format")
        || name.startsWith("vc.")
        || name.startsWith("vp.")
        || name.startsWith("subject")
        || name.startsWith("schema")
        || name.equals("arithmetic")
        || name.equals("jose.claims")) {
      return DATA_MODEL;
    }
    return PROOF;
  }

  private static String unprefixed(String name) {
    String rest = name;
    while (true) {
      if (rest.startsWith("presentation.")) {
        rest = rest.substring("presentation.".length());
      } else if (rest.startsWith("credential.")) {
        rest = rest.substring("credential.".length());
      } else if (rest.startsWith("credential[") && rest.indexOf("].") > 0) {
        rest = rest.substring(rest.indexOf("].") + 2);
      } else {
        return rest;
      }
    }
  }
}

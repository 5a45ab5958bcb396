package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.util.Set;
import org.greenvalue.common.verification.Check;

/** Checks of the protected header (RFC 7515 §4.1, VC-JOSE-COSE §3.1). */
final class HeaderChecks {

  /** The only algorithms accepted: those our key types sign with. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

  private HeaderChecks() {}

  static Check typ(JWSHeader header, JwtProfile profile) {
    String typ = header.getType() == null ? null : header.getType().getType();
    return JwtProfile.names(profile.typ(), typ)
        ? Check.passed("jose.header.typ", "typ is " + typ)
        : Check.failed("jose.header.typ", "typ must be " + profile.typ() + ", got " + typ);
  }

  /** VC DM 1.1 §6.3.1: a VC-JWT 1.1 {@code typ}, when present, is {@code JWT} (RFC 7519 §5.1). */
  static Check legacyTyp(JWSHeader header) {
    String typ = header.getType() == null ? null : header.getType().getType();
    if (typ == null) {
      return Check.skipped("jose.header.typ", "no typ");
    }
    return typ.equalsIgnoreCase("JWT")
        ? Check.passed("jose.header.typ", "typ is " + typ + " (VC-JWT 1.1)")
        : Check.failed("jose.header.typ", "a VC-JWT 1.1 typ must be JWT, got " + typ);
  }

  static Check cty(JWSHeader header, JwtProfile profile) {
    String cty = header.getContentType();
    if (cty == null) {
      return Check.skipped("jose.header.cty", "no cty");
    }
    return JwtProfile.names(profile.cty(), cty)
        ? Check.passed("jose.header.cty", "cty is " + cty)
        : Check.failed("jose.header.cty", "cty must be " + profile.cty() + ", got " + cty);
  }

  static Check alg(JWSHeader header) {
    JWSAlgorithm alg = header.getAlgorithm();
    return ALGORITHMS.contains(alg)
        ? Check.passed("jose.header.alg", "alg is " + alg)
        : Check.failed("jose.header.alg", "alg must be EdDSA, ES256 or ES384, got " + alg);
  }

  /** RFC 7515 §4.1.11: extensions marked critical must be understood; we understand none. */
  static Check crit(JWSHeader header) {
    var crit = header.getCriticalParams();
    return crit == null || crit.isEmpty()
        ? Check.passed("jose.header.crit", "no critical extensions")
        : Check.failed("jose.header.crit", "critical extensions not understood: " + crit);
  }
}

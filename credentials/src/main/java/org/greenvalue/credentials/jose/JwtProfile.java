package org.greenvalue.credentials.jose;

import java.util.Locale;
import org.greenvalue.credentials.did.VerificationRelationship;

/**
 * What VC-JOSE-COSE (W3C Recommendation, §3.1.1 and §3.1.2) says about each kind of secured
 * document: the {@code typ} and {@code cty} header values, the media type, and the verification
 * relationship the signing key must have in its controller's DID document.
 */
public enum JwtProfile {
  CREDENTIAL("vc+jwt", "vc", VerificationRelationship.ASSERTION_METHOD, "issuer"),
  PRESENTATION("vp+jwt", "vp", VerificationRelationship.AUTHENTICATION, "holder");

  private final String typ;
  private final String cty;
  private final VerificationRelationship relationship;
  private final String party;

  JwtProfile(String typ, String cty, VerificationRelationship relationship, String party) {
    this.typ = typ;
    this.cty = cty;
    this.relationship = relationship;
    this.party = party;
  }

  /** The {@code typ} header value, e.g. {@code vc+jwt}. */
  public String typ() {
    return typ;
  }

  /** The {@code cty} header value, e.g. {@code vc}. */
  public String cty() {
    return cty;
  }

  /** The media type, e.g. {@code application/vc+jwt}. */
  public String mediaType() {
    return "application/" + typ;
  }

  public VerificationRelationship relationship() {
    return relationship;
  }

  /** The property naming who signs: {@code issuer} or {@code holder}. */
  public String party() {
    return party;
  }

  /**
   * Whether a {@code typ}/{@code cty} value names this media type: RFC 7515 §4.1.9 lets the {@code
   * application/} prefix be omitted, and media types compare case-insensitively.
   */
  static boolean names(String expected, String value) {
    if (value == null) {
      return false;
    }
    String v = value.toLowerCase(Locale.ROOT);
    return v.equals(expected) || v.equals("application/" + expected);
  }
}

package org.greenvalue.bench;

import org.greenvalue.credentials.securing.SecuringFormat;

/** The bench PCF credential secured for use outside this package (the HTTP load). */
public final class BenchCredentials {

  private BenchCredentials() {}

  /** The PCF credential as a vc+jwt signed with the W3C test key. */
  public static String pcfVcJwt() {
    return Fixtures.signedPcf(SecuringFormat.VC_JWT);
  }
}

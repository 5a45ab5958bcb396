package org.greenvalue.bench;

import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;

/** The bench PCF credential secured for use outside this package (the HTTP load). */
public final class BenchCredentials {

  private BenchCredentials() {}

  /** The PCF credential as a vc+jwt signed with the W3C test key. */
  public static String pcfVcJwt() {
    return new CredentialSigner(
            Fixtures.W3C_KEY,
            DidKeyResolver.methodFor(Fixtures.W3C_KEY.publicKey()),
            Fixtures.SIGNING_CLOCK)
        .sign(Fixtures.pcfCredential(), SecuringFormat.VC_JWT)
        .value();
  }
}

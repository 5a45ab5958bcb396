package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * An assurance provider that signs outside our issuer service, with its own did:key (as {@code gvr
 * vc sign} does, through the credentials library's signer), is accepted when the trust registry
 * accredits it.
 */
class OwnKeyAssuranceTest extends LotFixture {

  @Test
  void anAssuranceSignedWithAnAccreditedProvidersOwnDidKeyMints() {
    Issuer supplier = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Issuer provider = Issuer.generate();
    accredit(provider.did(), "ASSURANCE_PROVIDER", ASSURANCE_TYPE, LONG_AGO, FAR_AHEAD);
    for (SecuringFormat format :
        new SecuringFormat[] {SecuringFormat.VC_JWT, SecuringFormat.EDDSA_JCS_2022}) {
      String reduction =
          Claims.sign(
              supplier, SubjectKind.EMISSION_REDUCTION, Claims.reduction("3").toJson(), format);
      String digest = Claims.digest(reduction);
      // Signed by the provider's own key through the credentials library's CredentialSigner.
      String assurance =
          Claims.sign(
              provider,
              SubjectKind.ASSURANCE,
              Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.UNMODIFIED),
              format);

      HttpResult r = mint(new Claim(reduction, assurance, digest, Claims.anchor(ledger, digest)));

      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      assertThat(mintedOnChain(digest)).isTrue();
    }
  }
}

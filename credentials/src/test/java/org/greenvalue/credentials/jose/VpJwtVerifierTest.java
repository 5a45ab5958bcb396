package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.jose.JoseFixtures.NOW;
import static org.greenvalue.credentials.jose.JoseFixtures.credential;
import static org.greenvalue.credentials.jose.JoseFixtures.did;
import static org.greenvalue.credentials.jose.JoseFixtures.header;
import static org.greenvalue.credentials.jose.JoseFixtures.kid;
import static org.greenvalue.credentials.jose.JoseFixtures.signer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.EnvelopedVerifiableCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;
import org.junit.jupiter.api.Test;

class VpJwtVerifierTest {

  private static final SigningKey ISSUER = SigningKey.generate(KeyType.P256);
  private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519);

  private final VpJwtVerifier verifier = new VpJwtVerifier(new DidKeyResolver(), NOW);

  private static EnvelopedVerifiableCredential enveloped() {
    return signer(ISSUER).envelope(credential(did(ISSUER))).value();
  }

  private static String presentation(EnvelopedVerifiableCredential credential) {
    var vp = VerifiablePresentation.builder().holder(did(HOLDER)).credential(credential).build();
    return signer(HOLDER).secure(vp).value();
  }

  @Test
  void verifiesAPresentationAndTheEnvelopedCredentialInIt() {
    String jwt = presentation(enveloped());
    var report = verifier.verify(jwt);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(header(jwt).getString("typ")).isEqualTo("vp+jwt");
    assertThat(header(jwt).getString("cty")).isEqualTo("vp");
    assertThat(report.check("verifiableCredential[0].jose.signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("verifiableCredential[0].jose.kid.controller")).isPresent();
    assertThat(enveloped().dataUrl()).startsWith("data:application/vc+jwt,ey");
  }

  @Test
  void failsThePresentationWhenTheEnvelopedCredentialWasTamperedWith() {
    var good = enveloped();
    String[] parts = good.data().split("\\.");
    String payload = JoseFixtures.decode(parts[1]).replace("kgCO2e", "tCO2e");
    var bad =
        new EnvelopedVerifiableCredential(
            good.mediaType(), parts[0] + "." + JoseFixtures.segment(payload) + "." + parts[2]);
    var report = verifier.verify(presentation(bad));
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("verifiableCredential[0].jose.signature");
  }

  @Test
  void refusesEmbeddedCredentialsAndOtherMediaTypes() {
    var vp =
        VerifiablePresentation.builder()
            .holder(did(HOLDER))
            .credential(credential(did(ISSUER)))
            .credential(new EnvelopedVerifiableCredential("application/vc+sd-jwt", "a.b.c~"))
            .build();
    var report = verifier.verify(signer(HOLDER).secure(vp).value());
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("verifiableCredential[0].envelope", "verifiableCredential[1].envelope");
  }

  @Test
  void failsAPresentationSignedByAKeyTheHolderDoesNotControl() {
    var vp =
        VerifiablePresentation.builder()
            .holder("did:web:buyer.example")
            .credential(enveloped())
            .build();
    var report = verifier.verify(signer(HOLDER).secure(vp).value());
    assertThat(report.failures()).extracting(Check::name).containsExactly("jose.kid.controller");
  }

  @Test
  void failsACredentialTokenGivenAsAPresentation() {
    var report = verifier.verify(enveloped().data());
    assertThat(report.failures()).extracting(Check::name).contains("jose.header.typ", "vp.type");
  }

  @Test
  void requiresTheAuthenticationRelationshipForPresentations() {
    String methodId = kid(HOLDER);
    var onlyAssertion =
        new DidDocument(
            did(HOLDER),
            List.of(VerificationMethod.multikey(methodId, did(HOLDER), HOLDER.publicKey())),
            Map.of(VerificationRelationship.ASSERTION_METHOD, Set.of(methodId)));
    DidResolver resolver =
        new DidResolver() {
          @Override
          public boolean supports(String did) {
            return did.startsWith("did:key:");
          }

          @Override
          public Result<DidDocument> resolve(String did) {
            return did.equals(did(HOLDER))
                ? Result.success(onlyAssertion)
                : new DidKeyResolver().resolve(did);
          }
        };
    var report = new VpJwtVerifier(resolver, NOW).verify(presentation(enveloped()));
    assertThat(report.failures()).extracting(Check::name).containsExactly("jose.kid");
    assertThat(report.failures().get(0).reason()).contains("authentication");
  }
}

package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.*;

import java.nio.file.Path;
import java.util.Optional;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.EddsaRdfc2022;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.EnvelopedVerifiableCredential;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresentationTest {

  static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519);
  @TempDir static Path dir;
  static SealedPack pack;
  static VerificationEngine engine;

  @BeforeAll
  static void setUp() throws Exception {
    pack = pack(dir.resolve("pack.zip"));
    var dids = new DidKeyResolver();
    var trust =
        TrustListSnapshot.load(
                trustList(REGISTRY), new CredentialVerifier(dids, CLOCK), Optional.empty())
            .orElseThrow();
    engine = new VerificationEngine(Sources.offline(dids).withTrust(trust), CLOCK);
  }

  static String vpJwt(SigningKey signer, String nonce, String aud, String... credentials) {
    var builder = VerifiablePresentation.builder().holder(did(HOLDER));
    for (String jwt : credentials) {
      builder.credential(new EnvelopedVerifiableCredential("application/vc+jwt", jwt));
    }
    builder.property("nonce", JSON.createValue(nonce)).property("aud", JSON.createValue(aud));
    return new JoseSigner(signer, DidKeyResolver.methodFor(signer.publicKey()))
        .secure(builder.build())
        .orElseThrow();
  }

  @Test
  void aVpJwtAnsweringTheChallengeForThisDomainVerifiesWithEveryCredential() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String vp = vpJwt(HOLDER, "n-123", "https://bank.example", claim);

    var v = engine.verifyPresentation(PresentationRequest.of(vp, "n-123", "https://bank.example"));

    assertThat(v.valid()).as(v.report().toString()).isTrue();
    assertThat(v.report().check("presentation.challenge").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.report().check("presentation.domain").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.report().check("presentation.holder-binding").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.report().check("credential[0].trust.issuer").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.facts().digest()).contains(digestOf(claim));
  }

  @Test
  void aReplayedOrMisdirectedPresentationFails() {
    String vp =
        vpJwt(HOLDER, "n-123", "https://bank.example", reduction(pack, SecuringFormat.VC_JWT));

    var replay =
        engine.verifyPresentation(PresentationRequest.of(vp, "n-999", "https://bank.example"));
    var elsewhere =
        engine.verifyPresentation(PresentationRequest.of(vp, "n-123", "https://other.example"));
    var noChallenge = engine.verifyPresentation(PresentationRequest.of(vp, null, null));

    assertThat(replay.report().check("presentation.challenge").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(elsewhere.report().check("presentation.domain").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(noChallenge.report().check("presentation.challenge").orElseThrow().outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void aPresentationSignedBySomeoneOtherThanTheHolderFailsHolderBinding() {
    String vp = vpJwt(STRANGER, "n", "d", reduction(pack, SecuringFormat.VC_JWT));
    var v = engine.verifyPresentation(PresentationRequest.of(vp, "n", "d"));
    assertThat(v.report().check("presentation.holder-binding").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(v.valid()).isFalse();
  }

  @Test
  void aDataIntegrityPresentationCarriesTheClaimAndItsAssurance() {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022);
    String assurance =
        assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    var presentation =
        VerifiablePresentation.builder()
            .holder(did(HOLDER))
            .credential(VerifiableCredential.of(JsonDocuments.parseObject(assurance).value()))
            .credential(VerifiableCredential.of(JsonDocuments.parseObject(claim).value()))
            .build();
    var options =
        ProofOptions.builder(DidKeyResolver.methodFor(HOLDER.publicKey()))
            .purpose(VerificationRelationship.AUTHENTICATION)
            .challenge("c-42")
            .domain("https://bank.example")
            .build();
    var signed =
        DataIntegrity.signer(new EddsaRdfc2022(), HOLDER, options, CLOCK)
            .orElseThrow()
            .sign(presentation.json())
            .orElseThrow();
    String vp = JsonDocuments.write(signed);

    var v = engine.verifyPresentation(PresentationRequest.of(vp, "c-42", "https://bank.example"));
    var wrongChallenge =
        engine.verifyPresentation(PresentationRequest.of(vp, "c-43", "https://bank.example"));

    assertThat(v.valid()).as(v.report().toString()).isTrue();
    assertThat(v.report().check("presentation.holder-binding").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.report().check("credential[1].assurance.level").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.facts().subjectKind()).contains("EMISSION_REDUCTION");
    assertThat(v.facts().assurance()).isPresent();
    assertThat(wrongChallenge.valid()).isFalse();
  }

  @Test
  void hostilePresentationsFailCleanly() {
    for (String input : new String[] {"", "x.y.z", "{}", "{\"verifiableCredential\": 3}"}) {
      var v = engine.verifyPresentation(PresentationRequest.of(input, "c", "d"));
      assertThat(v.valid()).as(input).isFalse();
    }
  }
}

package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationEngineTest {

  @TempDir static Path dir;
  static SealedPack pack;
  static Path packFile;
  static VerificationEngine offline;
  static VerificationEngine trusting;

  @BeforeAll
  static void setUp() throws Exception {
    packFile = dir.resolve("pack.zip");
    pack = pack(packFile);
    var dids = new DidKeyResolver();
    offline = new VerificationEngine(Sources.offline(dids), CLOCK);
    var snapshot =
        TrustListSnapshot.load(
                trustList(REGISTRY),
                new CredentialVerifier(dids, CLOCK),
                Optional.of(did(REGISTRY)))
            .orElseThrow();
    trusting = new VerificationEngine(Sources.offline(dids).withTrust(snapshot), CLOCK);
  }

  private static Outcome outcome(Verification v, String name) {
    return v.report()
        .check(name)
        .map(Check::outcome)
        .orElseThrow(() -> new AssertionError(name + " missing in " + v.report()));
  }

  @ParameterizedTest
  @EnumSource(SecuringFormat.class)
  void verifiesAnAssuredReductionWithItsPackInEveryFormat(SecuringFormat format) {
    String claim = reduction(pack, format);
    var request =
        CredentialRequest.of(claim)
            .withEvidencePack(packFile)
            .withAssurance(
                assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED))
            .withRequiredLevel(AssuranceLevel.REASONABLE);

    Verification v = trusting.verify(request);

    assertThat(v.valid()).as(v.report().toString()).isTrue();
    assertThat(outcome(v, "trust.issuer")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "key.valid-at-issuance")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "evidence.expected.root")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "evidence.expected.digest")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "assurance.level")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "assurance.provider")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "assurance.evidence")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "arithmetic")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(v, "anchor")).isEqualTo(Outcome.SKIPPED);
    assertThat(outcome(v, "lot.state")).isEqualTo(Outcome.SKIPPED);
    assertThat(v.complete()).isFalse();
    assertThat(v.gaps()).containsExactly("anchor", "lot.state");
    var facts = v.facts();
    assertThat(facts.issuerTrusted()).isTrue();
    assertThat(facts.reduction().orElseThrow().reduction()).isEqualByComparingTo("150.250");
    assertThat(facts.assurance().orElseThrow().level()).isEqualTo("reasonable");
    assertThat(facts.assurance().orElseThrow().providerAccredited()).isTrue();
    assertThat(facts.digest()).contains(digestOf(claim));
  }

  @Test
  void withoutSourcesEveryExternalCheckIsSkippedNeverPassed() {
    Verification v = offline.verify(CredentialRequest.of(reduction(pack, SecuringFormat.VC_JWT)));

    assertThat(v.valid()).isTrue();
    for (String name :
        new String[] {"trust.issuer", "anchor", "evidence", "assurance", "lot.state"}) {
      assertThat(outcome(v, name)).as(name).isEqualTo(Outcome.SKIPPED);
    }
    assertThat(v.facts().issuerTrusted()).isFalse();
    assertThat(v.facts().anchor()).isEmpty();
    assertThat(v.gaps())
        .containsExactly("trust.issuer", "anchor", "evidence", "assurance", "lot.state");
    assertThat(VerificationJson.verdict(v)).isEqualTo("INCOMPLETE");
  }

  @Test
  void catchesATamperedDataIntegrityCredential() {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022);
    String tampered =
        claim.replace("\"1000.500\"", "\"1100.500\"").replace("\"150.250\"", "\"250.250\"");
    assertThat(tampered).isNotEqualTo(claim);

    Verification v = trusting.verify(CredentialRequest.of(tampered));

    assertThat(v.valid()).isFalse();
    assertThat(outcome(v, "credential.proof[0].signature")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(v, "key.valid-at-issuance")).isEqualTo(Outcome.SKIPPED);
    assertThat(v.facts().valid()).isFalse();
  }

  @Test
  void refusesAReductionWhoseArithmeticDoesNotHold() throws Exception {
    String claim = reduction(pack, SecuringFormat.EDDSA_JCS_2022);
    String wrong = claim.replace("\"150.250\"", "\"160.250\"");

    Verification v = offline.verify(CredentialRequest.of(wrong));

    assertThat(outcome(v, "arithmetic")).isEqualTo(Outcome.FAILED);
    assertThat(v.report().check("arithmetic").orElseThrow().reason()).contains("reduction");
  }

  @Test
  void anIssuerSuspendedOrUnlistedInTheTrustListIsNotTrusted() {
    String byStranger = sign(reductionSubject(pack, "500", "100"), STRANGER, SecuringFormat.VC_JWT);
    String byAssurer = sign(reductionSubject(pack, "500", "100"), ASSURER, SecuringFormat.VC_JWT);

    assertThat(
            trusting
                .verify(CredentialRequest.of(byStranger))
                .report()
                .check("trust.issuer")
                .orElseThrow())
        .satisfies(c -> assertThat(c.outcome()).isEqualTo(Outcome.FAILED))
        .satisfies(c -> assertThat(c.reason()).contains("SUSPENDED"));
    assertThat(outcome(trusting.verify(CredentialRequest.of(byAssurer)), "trust.issuer"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void aTrustListSignedByAnotherKeyOrTamperedIsRefused() {
    var verifier = new CredentialVerifier(new DidKeyResolver(), CLOCK);
    assertThat(
            TrustListSnapshot.load(trustList(STRANGER), verifier, Optional.of(did(REGISTRY)))
                .reason())
        .contains("not the expected");
    String list = trustList(REGISTRY);
    String forged =
        list.substring(0, list.lastIndexOf('.') + 1)
            + "AAAA"
            + list.substring(list.lastIndexOf('.') + 5);
    assertThat(TrustListSnapshot.load(forged, verifier, Optional.empty()).succeeded()).isFalse();
  }

  @Test
  void anEvidencePackThatIsNotTheBoundOneFails() throws Exception {
    Path other = dir.resolve("other.zip");
    pack(other);
    String claim = reduction(pack, SecuringFormat.VC_JWT);

    Verification v = offline.verify(CredentialRequest.of(claim).withEvidencePack(other));

    assertThat(outcome(v, "evidence.expected.root")).isEqualTo(Outcome.FAILED);
    assertThat(v.valid()).isFalse();
  }

  @Test
  void aCorruptEvidencePackFails() throws Exception {
    Path corrupt = dir.resolve("corrupt.zip");
    Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0});
    Verification v =
        offline.verify(
            CredentialRequest.of(reduction(pack, SecuringFormat.VC_JWT)).withEvidencePack(corrupt));
    assertThat(v.report().failures()).anyMatch(c -> c.name().startsWith("evidence."));
  }

  @Test
  void limitedAssuranceFailsWhenReasonableIsRequiredAndAnAdverseOpinionFails() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    var limited =
        trusting.verify(
            CredentialRequest.of(claim)
                .withAssurance(
                    assurance(claim, pack, AssuranceLevel.LIMITED, AssuranceOpinion.UNMODIFIED))
                .withRequiredLevel(AssuranceLevel.REASONABLE));
    var adverse =
        trusting.verify(
            CredentialRequest.of(claim)
                .withAssurance(
                    assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.ADVERSE)));

    assertThat(outcome(limited, "assurance.level")).isEqualTo(Outcome.FAILED);
    assertThat(outcome(adverse, "assurance.opinion")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anAssuranceOfAnotherCredentialDoesNotCoverThisOne() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String otherClaim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022);

    var v =
        trusting.verify(
            CredentialRequest.of(claim)
                .withAssurance(
                    assurance(
                        otherClaim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED)));

    assertThat(outcome(v, "assurance")).isEqualTo(Outcome.FAILED);
    assertThat(v.facts().assurance()).isEmpty();
  }

  @Test
  void anAssuranceByAnUnaccreditedProviderIsReported() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    var statement = assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    // The supplier assures its own claim: signed fine, but not an accredited provider.
    var selfAssured =
        sign(
            org.greenvalue.credentials.subject.assurance.AssuranceStatement.parse(
                    CredentialJson.payload(statement)
                        .orElseThrow()
                        .getJsonObject("credentialSubject"))
                .value(),
            SUPPLIER,
            SecuringFormat.EDDSA_RDFC_2022);

    var v = trusting.verify(CredentialRequest.of(claim).withAssurance(selfAssured));

    assertThat(outcome(v, "assurance.provider")).isEqualTo(Outcome.FAILED);
    assertThat(v.facts().assurance().orElseThrow().providerAccredited()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not a credential",
        "{",
        "[]",
        "a.b",
        "{\"@context\": 5}",
        "e30.e30.e30"
      })
  void hostileInputGivesFailedChecksNotExceptions(String input) {
    Verification v = trusting.verify(CredentialRequest.of(input));
    assertThat(v.valid()).isFalse();
    assertThat(v.report().failures()).isNotEmpty();
  }

  @Test
  void oversizedInputIsRefusedBeforeParsing() {
    Verification v = offline.verify(CredentialRequest.of("{" + " ".repeat(5 * 1024 * 1024) + "}"));
    assertThat(outcome(v, "credential.format")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void theIssuerMustStillHaveBeenTrustedWhenTheCredentialWasAnchored() {
    var dids = new DidKeyResolver();
    var lapsed =
        TrustListSnapshot.load(
                trustList(REGISTRY, Optional.of(Instant.parse("2025-06-15T00:00:00Z"))),
                new CredentialVerifier(dids, CLOCK),
                Optional.of(did(REGISTRY)))
            .orElseThrow();
    var engine = new VerificationEngine(Sources.offline(dids).withTrust(lapsed), CLOCK);
    String claim = reduction(pack, SecuringFormat.VC_JWT);

    var anchoredInTime =
        engine.verify(
            CredentialRequest.of(claim)
                .withAnchorReceipt(
                    receipt(digestOf(claim), Instant.parse("2025-06-02T00:00:00Z"))));
    var anchoredAfterTheAccreditationEnded =
        engine.verify(
            CredentialRequest.of(claim)
                .withAnchorReceipt(
                    receipt(digestOf(claim), Instant.parse("2025-06-20T00:00:00Z"))));

    assertThat(outcome(anchoredInTime, "trust.issuer")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(anchoredInTime, "trust.issuer.at-anchoring")).isEqualTo(Outcome.PASSED);
    assertThat(outcome(anchoredAfterTheAccreditationEnded, "trust.issuer"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome(anchoredAfterTheAccreditationEnded, "trust.issuer.at-anchoring"))
        .isEqualTo(Outcome.FAILED);
  }
}

package org.greenvalue.verifier.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the engine's checks become a VC-API result: groups, warnings, errors and the verdict. */
class VcApiResultTest {

  private static final Check PROOF = Check.passed("credential.proof[0].signature", "verifies");
  private static final Check UNTRUSTED = Check.failed("trust.issuer", "not accredited");
  private static final Check PENDING = Check.skipped("anchor", "waiting to be anchored");

  private static Verification verification(List<String> gaps, Check... checks) {
    return new Verification(new VerificationReport(List.of(checks)), VerifiedFacts.none(), gaps);
  }

  @ParameterizedTest
  @CsvSource({
    "credential.proof[0].signature, PROOF",
    "credential.jose.signature, PROOF",
    "key.valid-at-issuance, PROOF",
    "presentation.challenge, PROOF",
    "credential.format, DATA_MODEL",
    "credential.vc.context, DATA_MODEL",
    "credential.subject, DATA_MODEL",
    "arithmetic, DATA_MODEL",
    "credential.vc.validUntil, VALIDITY",
    "credential.vc.validity.notExpired, VALIDITY",
    "status.revocation, STATUS",
    "trust.issuer.at-anchoring, TRUST",
    "anchor.chain.root, ANCHOR",
    "evidence.manifest, EVIDENCE",
    "assurance.level, ASSURANCE",
    "lot.state, LOT",
    "chain.custody, CUSTODY",
    "credential[1].trust.issuer, TRUST",
    "credential[0].credential.proof[0].signature, PROOF"
  })
  void vcApi_verifyCredential_eachEngineCheckBelongsToOneCheckGroup(String name, VcApiCheck group) {
    assertThat(VcApiCheck.of(name)).isEqualTo(group);
  }

  @Test
  void vcApi_verifyCredential_defaultChecks_trustAndAnchorAreWarningsNotErrors() {
    var result =
        VcApiResult.of(
            verification(List.of("anchor"), PROOF, UNTRUSTED, PENDING),
            VcApiCheck.DEFAULT,
            Optional.empty());

    assertThat(result.verified()).isTrue();
    assertThat(result.checks()).containsExactly("proof", "status", "validity", "dataModel");
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(VcApiResult.ProblemDetails::title)
        .containsExactly("trust.issuer", "anchor");
  }

  @Test
  void vcApi_verifyCredential_optionsChecks_aGroupAskedForFailsTheVerdict() {
    var result =
        VcApiResult.of(
            verification(List.of(), PROOF, UNTRUSTED),
            EnumSet.of(VcApiCheck.PROOF, VcApiCheck.TRUST),
            Optional.empty());

    assertThat(result.verified()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.type()).endsWith("/check/trust"));
  }

  @Test
  void vcApi_verifyCredential_optionsChecks_notAnchoredYetIsAWarningEvenWhenAnchorIsAskedFor() {
    var result =
        VcApiResult.of(
            verification(List.of("anchor"), PROOF, PENDING),
            EnumSet.of(VcApiCheck.PROOF, VcApiCheck.ANCHOR),
            Optional.empty());

    assertThat(result.verified()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(VcApiResult.ProblemDetails::title).contains("anchor");
  }

  @Test
  void vcApi_verifyCredential_aFailedProofIsACryptographicSecurityError() {
    Check bad = Check.failed("credential.proof[0].signature", "does not verify");
    var result = VcApiResult.of(verification(List.of(), bad), VcApiCheck.DEFAULT, Optional.empty());

    assertThat(result.verified()).isFalse();
    assertThat(result.errors().getFirst().type())
        .isEqualTo("https://www.w3.org/TR/vc-data-model#CRYPTOGRAPHIC_SECURITY_ERROR");
  }

  @Test
  void vcApi_verifyCredential_nothingVerifiedIsNotVerified() {
    var result =
        VcApiResult.of(
            verification(List.of("anchor"), PENDING),
            EnumSet.of(VcApiCheck.ANCHOR),
            Optional.empty());

    assertThat(result.verified()).isFalse();
    assertThat(result.errors()).isEmpty();
  }
}

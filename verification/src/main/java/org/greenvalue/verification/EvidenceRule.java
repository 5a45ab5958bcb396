package org.greenvalue.verification;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.check.Expectations;

/**
 * The evidence pack a ΔCO2 credential binds: the pack (full, or disclosed with inclusion proofs)
 * verifies and its manifest digest and Merkle root are the ones the credential states. Every pack
 * check is reported under {@code evidence.}.
 */
final class EvidenceRule implements Rule {

  @Override
  public String name() {
    return "evidence";
  }

  @Override
  public List<Check> check(RuleInput in) {
    return check(in.claim(), in.request().evidencePack(), in.packs(), in.facts());
  }

  static List<Check> check(
      Claim claim, Optional<Path> pack, PackVerifier packs, FactsBuilder facts) {
    Optional<EvidenceBinding> binding =
        claim.subjectAs(EmissionReduction.class).map(EmissionReduction::evidence);
    if (binding.isEmpty()) {
      return List.of(Check.skipped("evidence", "the credential binds no evidence pack"));
    }
    if (pack.isEmpty()) {
      return List.of(
          facts.missing(
              "evidence",
              "no evidence pack given (the credential binds root "
                  + binding.get().merkleRoot().hex()
                  + ")"));
    }
    var expected =
        new Expectations(
            Optional.of(new Sha256Digest(binding.get().merkleRoot().hex())),
            Optional.of(binding.get().manifestDigest()));
    return packs.verify(pack.get(), expected).report().prefixed("evidence").checks();
  }
}

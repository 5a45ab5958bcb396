package org.greenvalue.issuer.issuing;

import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.issuer.packs.EvidencePacks;
import org.greenvalue.issuer.packs.StoredPack;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Component;

/** A claim's evidence pack must be one its organisation stored here, with the same Merkle root. */
@Component
public class EvidenceBindings {
  private final EvidencePacks packs;

  EvidenceBindings(EvidencePacks packs) {
    this.packs = packs;
  }

  public StoredPack require(Organisation org, EmissionReduction reduction) {
    return require(org, reduction.evidence());
  }

  /** As for a ΔCO2 credential, for any claim naming its pack (a PCF binds one for assurance). */
  public StoredPack require(Organisation org, EvidenceBinding evidence) {
    String digest = evidence.manifestDigest().toString();
    StoredPack pack =
        packs
            .find(digest)
            .filter(p -> p.orgId().equals(org.id()))
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "unknown-evidence-pack",
                        "no evidence pack "
                            + digest
                            + " of organisation "
                            + org.id()
                            + " is stored"));
    if (!pack.merkleRoot().equals(evidence.merkleRoot().hex())) {
      throw Problem.invalid(
          "evidence-mismatch",
          "the claim's Merkle root "
              + evidence.merkleRoot().hex()
              + " is not the stored pack's "
              + pack.merkleRoot());
    }
    return pack;
  }
}

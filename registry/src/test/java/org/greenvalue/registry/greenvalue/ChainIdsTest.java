package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.greenvalue.verification.lots.ChainAllocation;
import org.greenvalue.verification.lots.ChainLot;
import org.junit.jupiter.api.Test;

/** A verifier recomputes the registry's on-chain ids; both derivations must stay the same. */
class ChainIdsTest {

  private static final UUID ID = UUID.fromString("7f4b3c52-1d7e-4a55-9b8c-3f1e2d4c5b6a");

  @Test
  void theVerifierDerivesLotAndOwnerIdsAsTheRegistryWritesThem() {
    assertThat(ChainLot.idOf(ID)).isEqualTo(ChainIds.lot(ID).toHex());
    assertThat(ChainLot.ownerOf("org-1")).isEqualTo(ChainIds.owner("org-1").toHex());
  }

  @Test
  void theVerifierDerivesAllocationAndClaimIdsAsTheRegistryWritesThem() {
    assertThat(ChainAllocation.idOf(ID)).isEqualTo(ChainIds.allocation(ID).toHex());
    assertThat(ChainAllocation.claimIdOf("urn:uuid:" + ID))
        .isEqualTo(ChainIds.claim("urn:uuid:" + ID).toHex());
  }
}

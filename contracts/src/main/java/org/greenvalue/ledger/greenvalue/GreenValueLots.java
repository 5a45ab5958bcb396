package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;

/**
 * Green-value lots in {@code GreenValueLedger}: mint from a ΔCO2 credential, transfer part to a new
 * owner (as a child lot), allocate to a product batch, claim an allocation for a downstream
 * credential, retire (one lot or allocation, or many at once). Writes need the registrar role;
 * refusals come back as {@link LotError}s.
 */
public interface GreenValueLots {

  String address();

  LedgerResult mint(MintRequest request);

  /** Moves {@code grams} of {@code lotId} into a new lot {@code childLotId} owned by {@code to}. */
  LedgerResult transfer(Bytes32 lotId, Bytes32 childLotId, Bytes32 to, BigInteger grams);

  /** Allocates grams of a lot to a product batch, site and period (mass balance). */
  LedgerResult allocate(AllocateRequest request);

  /** Records that the credential {@code claimId} relies on {@code grams} of an allocation. */
  LedgerResult claim(Bytes32 allocationId, Bytes32 claimId, BigInteger grams);

  LedgerResult retire(RetirementItem item, RetirementTerms terms);

  /** Retires every item for the same terms, all or none. */
  LedgerResult retireMany(List<RetirementItem> items, RetirementTerms terms);

  Optional<Lot> lot(Bytes32 lotId);

  /** The lot minted from this credential, if any. */
  Optional<Bytes32> lotOfCredential(Bytes32 credentialDigest);

  BigInteger allocatedTo(Bytes32 lotId, Bytes32 productBatchId);

  Optional<Allocation> allocation(Bytes32 allocationId);

  /** The grams the credential {@code claimId} claimed of an allocation; zero when none. */
  BigInteger claimOf(Bytes32 allocationId, Bytes32 claimId);

  Optional<Retirement> retirement(Bytes32 retirementId);
}

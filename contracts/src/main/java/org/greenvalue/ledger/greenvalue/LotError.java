package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.util.List;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.tx.ErrorSignature;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Refusals of {@code GreenValueLedger}. */
public sealed interface LotError extends ContractError {

  record ZeroLotId() implements LotError {}

  record ZeroOwner() implements LotError {}

  record ZeroQuantity() implements LotError {}

  record ZeroCredentialDigest() implements LotError {}

  record ZeroProductBatch() implements LotError {}

  record EmptyBeneficiary() implements LotError {}

  record InvalidPeriod(BigInteger periodStart, BigInteger periodEnd) implements LotError {}

  record LotExists(Bytes32 lotId) implements LotError {}

  record UnknownLot(Bytes32 lotId) implements LotError {}

  record CredentialAlreadyMinted(Bytes32 credentialDigest, Bytes32 lotId) implements LotError {}

  /** The project already has lot {@code lotId} for an overlapping period. */
  record PeriodOverlap(
      Bytes32 projectId, Bytes32 lotId, BigInteger periodStart, BigInteger periodEnd)
      implements LotError {}

  record InsufficientQuantity(BigInteger available, BigInteger requested) implements LotError {}

  record RetirementExists(Bytes32 retirementId) implements LotError {}

  record ZeroAllocationId() implements LotError {}

  record ZeroClaimId() implements LotError {}

  record AllocationExists(Bytes32 allocationId) implements LotError {}

  record UnknownAllocation(Bytes32 allocationId) implements LotError {}

  /** The credential {@code claimId} already claimed part of the allocation. */
  record ClaimExists(Bytes32 allocationId, Bytes32 claimId) implements LotError {}

  record InvalidReason(BigInteger reason) implements LotError {}

  /** A bulk retirement without items. */
  record EmptyRetirement() implements LotError {}

  /** How each error is recognised in revert data. */
  static List<ErrorSignature> signatures() {
    Class<org.web3j.abi.datatypes.generated.Bytes32> b32 =
        org.web3j.abi.datatypes.generated.Bytes32.class;
    return List.of(
        ErrorSignature.of("ZeroLotId", a -> new ZeroLotId()),
        ErrorSignature.of("ZeroOwner", a -> new ZeroOwner()),
        ErrorSignature.of("ZeroQuantity", a -> new ZeroQuantity()),
        ErrorSignature.of("ZeroCredentialDigest", a -> new ZeroCredentialDigest()),
        ErrorSignature.of("ZeroProductBatch", a -> new ZeroProductBatch()),
        ErrorSignature.of("EmptyBeneficiary", a -> new EmptyBeneficiary()),
        ErrorSignature.of(
            "InvalidPeriod",
            a -> new InvalidPeriod(a.uint(0), a.uint(1)),
            Uint64.class,
            Uint64.class),
        ErrorSignature.of("LotExists", a -> new LotExists(a.bytes32(0)), b32),
        ErrorSignature.of("UnknownLot", a -> new UnknownLot(a.bytes32(0)), b32),
        ErrorSignature.of(
            "CredentialAlreadyMinted",
            a -> new CredentialAlreadyMinted(a.bytes32(0), a.bytes32(1)),
            b32,
            b32),
        ErrorSignature.of(
            "PeriodOverlap",
            a -> new PeriodOverlap(a.bytes32(0), a.bytes32(1), a.uint(2), a.uint(3)),
            b32,
            b32,
            Uint64.class,
            Uint64.class),
        ErrorSignature.of(
            "InsufficientQuantity",
            a -> new InsufficientQuantity(a.uint(0), a.uint(1)),
            Uint256.class,
            Uint256.class),
        ErrorSignature.of("RetirementExists", a -> new RetirementExists(a.bytes32(0)), b32),
        ErrorSignature.of("ZeroAllocationId", a -> new ZeroAllocationId()),
        ErrorSignature.of("ZeroClaimId", a -> new ZeroClaimId()),
        ErrorSignature.of("AllocationExists", a -> new AllocationExists(a.bytes32(0)), b32),
        ErrorSignature.of("UnknownAllocation", a -> new UnknownAllocation(a.bytes32(0)), b32),
        ErrorSignature.of(
            "ClaimExists", a -> new ClaimExists(a.bytes32(0), a.bytes32(1)), b32, b32),
        ErrorSignature.of("InvalidReason", a -> new InvalidReason(a.uint(0)), Uint8.class),
        ErrorSignature.of("EmptyRetirement", a -> new EmptyRetirement()));
  }
}

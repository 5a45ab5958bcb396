package org.greenvalue.ledger.trust;

import java.math.BigInteger;
import java.util.List;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.tx.ErrorSignature;
import org.web3j.abi.datatypes.generated.Uint64;

/** Refusals of {@code TrustRegistry}. DIDs appear as the Keccak-256 hash of their text. */
public sealed interface TrustError extends ContractError {

  record EmptyDid() implements TrustError {}

  record ZeroCredentialType() implements TrustError {}

  record EmptyReason() implements TrustError {}

  record InvalidValidity(BigInteger validFrom, BigInteger validUntil) implements TrustError {}

  record NotAccredited(Bytes32 didHash, Bytes32 credentialType) implements TrustError {}

  record AccreditationSuspended(Bytes32 didHash, Bytes32 credentialType) implements TrustError {}

  record AlreadySuspended(Bytes32 didHash, Bytes32 credentialType) implements TrustError {}

  record NotSuspended(Bytes32 didHash, Bytes32 credentialType) implements TrustError {}

  record AlreadyRevoked(Bytes32 didHash, Bytes32 credentialType) implements TrustError {}

  /** How each error is recognised in revert data. */
  static List<ErrorSignature> signatures() {
    Class<org.web3j.abi.datatypes.generated.Bytes32> b32 =
        org.web3j.abi.datatypes.generated.Bytes32.class;
    return List.of(
        ErrorSignature.of("EmptyDid", a -> new EmptyDid()),
        ErrorSignature.of("ZeroCredentialType", a -> new ZeroCredentialType()),
        ErrorSignature.of("EmptyReason", a -> new EmptyReason()),
        ErrorSignature.of(
            "InvalidValidity",
            a -> new InvalidValidity(a.uint(0), a.uint(1)),
            Uint64.class,
            Uint64.class),
        ErrorSignature.of(
            "NotAccredited", a -> new NotAccredited(a.bytes32(0), a.bytes32(1)), b32, b32),
        ErrorSignature.of(
            "AccreditationSuspended",
            a -> new AccreditationSuspended(a.bytes32(0), a.bytes32(1)),
            b32,
            b32),
        ErrorSignature.of(
            "AlreadySuspended", a -> new AlreadySuspended(a.bytes32(0), a.bytes32(1)), b32, b32),
        ErrorSignature.of(
            "NotSuspended", a -> new NotSuspended(a.bytes32(0), a.bytes32(1)), b32, b32),
        ErrorSignature.of(
            "AlreadyRevoked", a -> new AlreadyRevoked(a.bytes32(0), a.bytes32(1)), b32, b32));
  }
}

package org.greenvalue.ledger.anchor;

import java.util.List;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.tx.ErrorSignature;

/** Refusals of {@code AnchorRegistry}. */
public sealed interface AnchorError extends ContractError {

  record ZeroBatchId() implements AnchorError {}

  record ZeroRoot() implements AnchorError {}

  record EmptyBatch() implements AnchorError {}

  record BatchExists(Bytes32 batchId) implements AnchorError {}

  record RootAlreadyAnchored(Bytes32 root, Bytes32 batchId) implements AnchorError {}

  /** How each error is recognised in revert data. */
  static List<ErrorSignature> signatures() {
    Class<org.web3j.abi.datatypes.generated.Bytes32> b32 =
        org.web3j.abi.datatypes.generated.Bytes32.class;
    return List.of(
        ErrorSignature.of("ZeroBatchId", a -> new ZeroBatchId()),
        ErrorSignature.of("ZeroRoot", a -> new ZeroRoot()),
        ErrorSignature.of("EmptyBatch", a -> new EmptyBatch()),
        ErrorSignature.of("BatchExists", a -> new BatchExists(a.bytes32(0)), b32),
        ErrorSignature.of(
            "RootAlreadyAnchored",
            a -> new RootAlreadyAnchored(a.bytes32(0), a.bytes32(1)),
            b32,
            b32));
  }
}

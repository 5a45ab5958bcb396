package org.greenvalue.ledger.anchor;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.wrappers.AnchorRegistry;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;

/** {@link Anchors} over JSON-RPC, with the generated wrapper for encoding and decoding. */
public final class Web3jAnchors implements Anchors {
  private final ChainAccess chain;
  private final AnchorRegistry contract;

  public Web3jAnchors(ChainAccess chain, String address) {
    this.chain = chain;
    this.contract = AnchorRegistry.load(address, chain.web3j(), chain.readOnly(), chain.noGas());
  }

  @Override
  public String address() {
    return contract.getContractAddress();
  }

  @Override
  public LedgerResult anchor(Bytes32 batchId, Bytes32 root, long leafCount) {
    if (leafCount < 0 || leafCount > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("leafCount must fit in uint32: " + leafCount);
    }
    String data =
        contract
            .anchor(batchId.bytes(), root.bytes(), BigInteger.valueOf(leafCount))
            .encodeFunctionCall();
    return chain.sender().send(address(), data);
  }

  @Override
  public Optional<AnchoredBatch> batch(Bytes32 batchId) {
    AnchorRegistry.Batch batch =
        chain.read("getBatch", () -> contract.getBatch(batchId.bytes()).send());
    Bytes32 root = new Bytes32(batch.root);
    if (root.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        new AnchoredBatch(
            batchId,
            root,
            batch.leafCount.longValueExact(),
            batch.submitter,
            Instant.ofEpochSecond(batch.anchoredAt.longValueExact()),
            batch.blockNumber.longValueExact()));
  }

  @Override
  public Optional<AnchoredBatch> batchOfRoot(Bytes32 root) {
    byte[] batchId = chain.read("batchIdOfRoot", () -> contract.batchIdOfRoot(root.bytes()).send());
    Bytes32 id = new Bytes32(batchId);
    return id.isZero() ? Optional.empty() : batch(id);
  }

  @Override
  public Optional<AnchorRecord> recordOfRoot(Bytes32 root) {
    return batchOfRoot(root)
        .map(
            batch ->
                new AnchorRecord(
                    chain.sender().chainId(), address(), batch, anchoringTx(batch).orElse("")));
  }

  /** The transaction of the batch's {@code Anchored} event, looked up in the batch's block only. */
  private Optional<String> anchoringTx(AnchoredBatch batch) {
    DefaultBlockParameter block =
        DefaultBlockParameter.valueOf(BigInteger.valueOf(batch.blockNumber()));
    EthFilter filter = new EthFilter(block, block, address());
    filter.addSingleTopic(EventEncoder.encode(AnchorRegistry.ANCHORED_EVENT));
    filter.addSingleTopic(batch.batchId().toHex());
    List<EthLog.LogResult> logs =
        chain.read("eth_getLogs", () -> chain.web3j().ethGetLogs(filter).send()).getLogs();
    return logs.stream()
        .map(log -> ((EthLog.LogObject) log.get()).getTransactionHash())
        .findFirst();
  }

  @Override
  public long batchCount() {
    return chain.read("batchCount", () -> contract.batchCount().send()).longValueExact();
  }
}

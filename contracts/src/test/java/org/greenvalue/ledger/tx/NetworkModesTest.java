package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/** Fee detection and receipt waiting on chains configured like the networks we meet. */
class NetworkModesTest {

  private static FeePolicy policyOf(DevChain chain) {
    Web3j web3j = Web3j.build(new HttpService(chain.rpcUrl().toString()));
    try {
      Rpc rpc = new Rpc(RetryPolicy.DEFAULT, Sleeper.REAL);
      return new FeeOracle(web3j, rpc, Clock.systemUTC()).current();
    } finally {
      web3j.shutdown();
    }
  }

  @Test
  void paysEip1559FeesOnALondonChainWithABaseFee() throws Exception {
    try (DevChain chain = DevChain.start()) {
      FeePolicy policy = policyOf(chain);
      assertThat(policy).isInstanceOf(FeePolicy.Eip1559.class);
      FeePolicy.Eip1559 fees = (FeePolicy.Eip1559) policy;
      assertThat(fees.maxFeePerGas()).isGreaterThan(fees.maxPriorityFeePerGas());
    }
  }

  @Test
  void sendsZeroPriceTransactionsOnAFreeGasChain() throws Exception {
    try (DevChain chain = DevChain.start(DevChainOptions.defaults().withFreeGas())) {
      assertThat(policyOf(chain)).isInstanceOf(FeePolicy.Free.class);
      try (Ledger ledger =
          Web3jLedger.connect(
              LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()))) {
        TxReceipt receipt =
            ledger.anchors().anchor(Bytes32.keccakOf("b"), Bytes32.keccakOf("r"), 2).orThrow();
        assertThat(ledger.anchors().batch(Bytes32.keccakOf("b"))).isPresent();
        assertThat(receipt.blockNumber()).isPositive();
      }
    }
  }

  @Test
  void givesUpWaitingForAReceiptWhenNothingIsMined() throws Exception {
    try (DevChain chain = DevChain.start(DevChainOptions.defaults().withoutMining())) {
      LedgerConfig config =
          LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey())
              .withReceiptTimeout(Duration.ofMillis(300));
      assertThatThrownBy(() -> Web3jLedger.connect(config))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Unconfirmed");
    }
  }
}

package org.greenvalue.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.greenvalue.ledger.tx.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevChainExtension.class)
class LedgerConnectTest {

  @Test
  void attachesToDeployedContractsByAddress(LedgerFixture fixture) {
    Ledger admin = fixture.admin();
    try (Ledger attached =
        Web3jLedger.connect(fixture.config(0).withContracts(admin.contracts()))) {
      assertThat(attached.contracts()).isEqualTo(admin.contracts());
      assertThat(attached.chainId()).isEqualTo(31337);
      assertThat(attached.account()).isEqualTo(admin.account());
      assertThat(attached.hasRole(Role.REGISTRAR, admin.account())).isTrue();
      assertThat(attached.hasRole(Role.TRUST_AUTHORITY, admin.account())).isTrue();
    }
  }

  @Test
  void refusesToAttachWhereThereIsNoContract(LedgerFixture fixture) {
    String empty = fixture.chain().accounts().get(9).address();
    LedgerConfig config =
        fixture.config(0).withContracts(new ContractAddresses(empty, empty, empty));
    assertThatThrownBy(() -> Web3jLedger.connect(config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no contract code at " + empty);
  }

  @Test
  void reportsAnUnreachableNodeAfterRetrying() {
    LedgerConfig config =
        LedgerConfig.of(URI.create("http://127.0.0.1:1"), "0x" + "11".repeat(32))
            .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)));
    assertThatThrownBy(() -> Web3jLedger.connect(config))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("after 2 attempts");
  }

  @Test
  void neverPrintsThePrivateKey() {
    String key = "0x" + "ab".repeat(32);
    assertThat(LedgerConfig.of(URI.create("http://127.0.0.1:8545"), key).toString())
        .doesNotContain("abab")
        .contains("***");
  }

  @Test
  void aFailedWriteThrowsOnlyWhenTheCallerAsksForIt() {
    LedgerResult rejected = new LedgerResult.Rejected(new CommonError.Reason("no"));
    assertThat(rejected.confirmed()).isFalse();
    assertThatThrownBy(rejected::orThrow)
        .isInstanceOfSatisfying(
            LedgerFailure.class, f -> assertThat(f.result()).isEqualTo(rejected));
  }
}

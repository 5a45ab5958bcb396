package org.greenvalue.registry.system.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.greenvalue.registry.support.Backends;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.web3j.crypto.Credentials;

/**
 * In external-ledger mode the registry attaches to contracts someone deployed on purpose ({@code
 * contracts/contracts-deploy.sh}); without their addresses it refuses to start, and sends nothing
 * to the chain, rather than deploying fresh contracts nobody asked for.
 */
class ExternalLedgerStartupTest {

  @EnableConfigurationProperties(LedgerProperties.class)
  static class Properties {}

  private final Backends backends = Backends.get();

  private ApplicationContextRunner external() {
    return new ApplicationContextRunner()
        .withUserConfiguration(Properties.class, LedgerConfiguration.class)
        .withPropertyValues(
            "gvr.registry.ledger.mode=external",
            "gvr.registry.ledger.rpc-url=" + backends.rpcUrl(),
            "gvr.registry.ledger.private-key=" + backends.privateKey());
  }

  @Test
  void refusesToStartWithoutContractAddressesAndDeploysNothing() throws Exception {
    BigInteger sentBefore = transactionsSent();

    external()
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("never deploys contracts to an external chain")
                  .hasMessageContaining("contracts/contracts-deploy.sh")
                  .hasMessageContaining("gvr.registry.ledger.contracts.anchor-registry")
                  .hasMessageContaining("gvr.registry.ledger.contracts.trust-registry")
                  .hasMessageContaining("gvr.registry.ledger.contracts.green-value-ledger");
            });

    assertThat(transactionsSent()).isEqualTo(sentBefore);
  }

  @Test
  void refusesToStartWhenOneAddressIsMissingAndNamesIt() throws Exception {
    BigInteger sentBefore = transactionsSent();

    external()
        .withPropertyValues(
            "gvr.registry.ledger.contracts.anchor-registry="
                + backends.contracts().anchorRegistry(),
            "gvr.registry.ledger.contracts.trust-registry=" + backends.contracts().trustRegistry())
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("missing gvr.registry.ledger.contracts.green-value-ledger.")
                  .message()
                  .doesNotContain("contracts.trust-registry");
            });

    assertThat(transactionsSent()).isEqualTo(sentBefore);
  }

  @Test
  void startsAttachedToTheGivenContracts() {
    external()
        .withPropertyValues(
            "gvr.registry.ledger.contracts.anchor-registry="
                + backends.contracts().anchorRegistry(),
            "gvr.registry.ledger.contracts.trust-registry=" + backends.contracts().trustRegistry(),
            "gvr.registry.ledger.contracts.green-value-ledger="
                + backends.contracts().greenValueLedger())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(org.greenvalue.ledger.Ledger.class).contracts())
                  .isEqualTo(backends.contracts());
            });
  }

  /** The signing account's nonce: every transaction it ever sent, deployments included. */
  private BigInteger transactionsSent() throws IOException, InterruptedException {
    String account = Credentials.create(backends.privateKey()).getAddress();
    String body =
        """
        {"jsonrpc":"2.0","id":1,"method":"eth_getTransactionCount","params":["%s","latest"]}"""
            .formatted(account);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(backends.rpcUrl()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String result =
        response.body().replaceAll("(?s).*\"result\"\\s*:\\s*\"0x([0-9a-fA-F]+)\".*", "$1");
    return new BigInteger(result, 16);
  }
}

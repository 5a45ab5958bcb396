package org.greenvalue.ledger.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.greenvalue.ledger.chain.DevChainExtension;
import org.greenvalue.ledger.chain.LedgerFixture;
import org.greenvalue.ledger.tx.RevertDecoder;
import org.greenvalue.ledger.wrappers.TrustRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;

/** A zero credential type cannot be built through our API; other clients of the contract can. */
@ExtendWith(DevChainExtension.class)
class ZeroCredentialTypeTest {

  @Test
  void contractRefusesAZeroCredentialType(LedgerFixture fixture) throws Exception {
    Web3j web3j = Web3j.build(new HttpService(fixture.chain().rpcUrl().toString()));
    try {
      String from = fixture.admin().account();
      String address = fixture.admin().contracts().trustRegistry();
      String data =
          TrustRegistry.load(
                  address,
                  web3j,
                  new ReadonlyTransactionManager(web3j, from),
                  new StaticGasProvider(BigInteger.ZERO, BigInteger.ZERO))
              .accredit("did:web:x", new byte[32], BigInteger.ZERO, BigInteger.TEN)
              .encodeFunctionCall();
      var answer =
          web3j
              .ethCall(
                  Transaction.createEthCallTransaction(from, address, data),
                  DefaultBlockParameterName.LATEST)
              .send();

      assertThat(new RevertDecoder(TrustError.signatures()).decode(answer.getError().getData()))
          .isEqualTo(new TrustError.ZeroCredentialType());
    } finally {
      web3j.shutdown();
    }
  }
}

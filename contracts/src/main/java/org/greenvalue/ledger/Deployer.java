package org.greenvalue.ledger;

import java.util.List;
import org.greenvalue.ledger.tx.TransactionSender;
import org.greenvalue.ledger.wrappers.AnchorRegistry;
import org.greenvalue.ledger.wrappers.GreenValueLedger;
import org.greenvalue.ledger.wrappers.TrustRegistry;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;

/** Deploys the three contracts with the sending account as admin and holder of every role. */
final class Deployer {
  private Deployer() {}

  static ContractAddresses deployAll(TransactionSender sender) {
    String constructorArgs = FunctionEncoder.encodeConstructor(List.of(new Address(sender.from())));
    return new ContractAddresses(
        deploy(sender, "AnchorRegistry", AnchorRegistry.BINARY + constructorArgs),
        deploy(sender, "TrustRegistry", TrustRegistry.BINARY + constructorArgs),
        deploy(sender, "GreenValueLedger", GreenValueLedger.BINARY + constructorArgs));
  }

  private static String deploy(TransactionSender sender, String name, String code) {
    LedgerResult result = sender.send(null, "0x" + code);
    if (result instanceof LedgerResult.Confirmed confirmed
        && confirmed.receipt().contractAddress().isPresent()) {
      return confirmed.receipt().contractAddress().get();
    }
    throw new IllegalStateException("deploying " + name + " failed: " + result);
  }
}

package org.greenvalue.ledger;

import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.wrappers.AnchorRegistry;
import org.greenvalue.ledger.wrappers.GreenValueLedger;
import org.greenvalue.ledger.wrappers.TrustRegistry;
import org.web3j.tx.Contract;

/** Grants, revokes and checks roles (OpenZeppelin AccessControl) on the contract of each role. */
final class Roles {
  private final ChainAccess chain;
  private final AnchorRegistry anchors;
  private final TrustRegistry trust;
  private final GreenValueLedger lots;

  Roles(ChainAccess chain, ContractAddresses contracts) {
    this.chain = chain;
    this.anchors =
        AnchorRegistry.load(
            contracts.anchorRegistry(), chain.web3j(), chain.readOnly(), chain.noGas());
    this.trust =
        TrustRegistry.load(
            contracts.trustRegistry(), chain.web3j(), chain.readOnly(), chain.noGas());
    this.lots =
        GreenValueLedger.load(
            contracts.greenValueLedger(), chain.web3j(), chain.readOnly(), chain.noGas());
  }

  LedgerResult grant(Role role, String account) {
    byte[] hash = role.hash().bytes();
    String data =
        switch (role) {
          case ANCHORER -> anchors.grantRole(hash, account).encodeFunctionCall();
          case TRUST_AUTHORITY -> trust.grantRole(hash, account).encodeFunctionCall();
          case REGISTRAR -> lots.grantRole(hash, account).encodeFunctionCall();
        };
    return chain.sender().send(contractOf(role).getContractAddress(), data);
  }

  LedgerResult revoke(Role role, String account) {
    byte[] hash = role.hash().bytes();
    String data =
        switch (role) {
          case ANCHORER -> anchors.revokeRole(hash, account).encodeFunctionCall();
          case TRUST_AUTHORITY -> trust.revokeRole(hash, account).encodeFunctionCall();
          case REGISTRAR -> lots.revokeRole(hash, account).encodeFunctionCall();
        };
    return chain.sender().send(contractOf(role).getContractAddress(), data);
  }

  boolean has(Role role, String account) {
    byte[] hash = role.hash().bytes();
    return chain.read(
        "hasRole",
        () ->
            switch (role) {
              case ANCHORER -> anchors.hasRole(hash, account).send();
              case TRUST_AUTHORITY -> trust.hasRole(hash, account).send();
              case REGISTRAR -> lots.hasRole(hash, account).send();
            });
  }

  private Contract contractOf(Role role) {
    return switch (role) {
      case ANCHORER -> anchors;
      case TRUST_AUTHORITY -> trust;
      case REGISTRAR -> lots;
    };
  }
}

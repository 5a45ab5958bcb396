package org.greenvalue.ledger.network;

import org.greenvalue.ledger.ContractAddresses;

/**
 * The env file that {@code contracts-deploy} writes ({@code network/contracts.env}) and {@code
 * docker-compose.yml} reads: the deployed contracts' addresses as the registry's and the verifier's
 * own configuration properties.
 */
public final class ContractsEnv {
  private ContractsEnv() {}

  /** The file's text for these contracts. */
  public static String text(ContractAddresses contracts) {
    return """
        # Written by contracts-deploy: the deployed contracts, read by the registry.
        GVR_REGISTRY_LEDGER_CONTRACTS_ANCHOR_REGISTRY=%s
        GVR_REGISTRY_LEDGER_CONTRACTS_TRUST_REGISTRY=%s
        GVR_REGISTRY_LEDGER_CONTRACTS_GREEN_VALUE_LEDGER=%s
        GVR_VERIFIER_LEDGER_CONTRACTS=%s,%s,%s
        """
        .formatted(
            contracts.anchorRegistry(),
            contracts.trustRegistry(),
            contracts.greenValueLedger(),
            contracts.anchorRegistry(),
            contracts.trustRegistry(),
            contracts.greenValueLedger());
  }
}

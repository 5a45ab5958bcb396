package org.greenvalue.ledger;

/** Where the three contracts live on a chain. */
public record ContractAddresses(
    String anchorRegistry, String trustRegistry, String greenValueLedger) {}

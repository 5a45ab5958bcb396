package org.greenvalue.ledger.chain;

/**
 * A funded account of the dev chain, derived from its mnemonic. Dev-only: the default mnemonic is
 * public, so these keys protect nothing.
 */
public record DevAccount(int index, String address, String privateKey) {
  @Override
  public String toString() {
    return "DevAccount[" + index + ", " + address + "]";
  }
}

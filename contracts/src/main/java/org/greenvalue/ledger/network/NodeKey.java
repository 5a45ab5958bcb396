package org.greenvalue.ledger.network;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.SecureRandom;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A secp256k1 key of a node or account, made with web3j. The node's enode id is its 64-byte public
 * key; its address (a validator's identity in QBFT) is the last 20 bytes of that key's Keccak hash.
 *
 * @param name the node's name, also its directory and compose service name
 * @param keys the key pair; the private half is written only to the node's {@code key} file
 */
public record NodeKey(String name, ECKeyPair keys) {

  /** A fresh key from {@code random}. */
  public static NodeKey generate(String name, SecureRandom random) {
    try {
      return new NodeKey(name, Keys.createEcKeyPair(random));
    } catch (InvalidAlgorithmParameterException
        | NoSuchAlgorithmException
        | NoSuchProviderException e) {
      throw new IllegalStateException("secp256k1 key generation is unavailable", e);
    }
  }

  /** {@code 0x} and 40 lowercase hex digits. */
  public String address() {
    return "0x" + Keys.getAddress(keys.getPublicKey());
  }

  /** The 64-byte public key as 128 hex digits, without prefix: the enode id. */
  public String publicKeyHex() {
    return Numeric.toHexStringNoPrefixZeroPadded(keys.getPublicKey(), 128);
  }

  /** The private key as {@code 0x} and 64 hex digits, as Besu's {@code key} file holds it. */
  String privateKeyHex() {
    return Numeric.toHexStringWithPrefixZeroPadded(keys.getPrivateKey(), 64);
  }

  public String enode(String host, int port) {
    return "enode://" + publicKeyHex() + "@" + host + ":" + port;
  }

  @Override
  public String toString() {
    return "NodeKey[name=" + name + ", address=" + address() + "]";
  }
}

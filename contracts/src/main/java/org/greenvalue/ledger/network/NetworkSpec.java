package org.greenvalue.ledger.network;

import java.util.ArrayList;
import java.util.List;

/**
 * What network to generate: how many QBFT validators, the chain id and block timing, and where the
 * nodes sit on the compose network. Nodes get fixed addresses because enode URLs (bootnodes and the
 * node allowlist) name hosts by IP.
 *
 * @param validators how many validators; four tolerate one faulty node
 * @param chainId the chain id the services sign for
 * @param blockPeriodSeconds the time between blocks that carry transactions
 * @param emptyBlockPeriodSeconds the time between empty blocks
 * @param requestTimeoutSeconds the QBFT round timeout, about twice the block period
 * @param epochLength blocks between validator vote resets
 * @param subnet the compose network's /24 prefix, e.g. {@code 172.28.0}
 * @param p2pPort the devp2p port of every node
 */
public record NetworkSpec(
    int validators,
    long chainId,
    int blockPeriodSeconds,
    int emptyBlockPeriodSeconds,
    int requestTimeoutSeconds,
    long epochLength,
    String subnet,
    int p2pPort) {
  public static final int MAX_VALIDATORS = 16;
  static final int FIRST_VALIDATOR_HOST = 11;
  static final int RPC_NODE_HOST = 10;

  public static NetworkSpec defaults() {
    return new NetworkSpec(4, 1337, 2, 60, 4, 30_000, "172.28.0", 30303);
  }

  /** Why this spec cannot make a working network; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (validators < 1 || validators > MAX_VALIDATORS) {
      problems.add("validators must be between 1 and " + MAX_VALIDATORS + ", got " + validators);
    }
    if (chainId < 1) {
      problems.add("chain id must be positive, got " + chainId);
    }
    if (blockPeriodSeconds < 1) {
      problems.add("block period must be at least 1 s, got " + blockPeriodSeconds);
    }
    if (emptyBlockPeriodSeconds < blockPeriodSeconds) {
      problems.add("empty block period must not be shorter than the block period");
    }
    if (requestTimeoutSeconds <= blockPeriodSeconds) {
      problems.add("request timeout must be longer than the block period (about twice)");
    }
    if (epochLength < 1) {
      problems.add("epoch length must be positive, got " + epochLength);
    }
    if (!subnet.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}")) {
      problems.add("subnet must be three dotted octets such as 172.28.0, got " + subnet);
    }
    if (p2pPort < 1 || p2pPort > 65_535) {
      problems.add("p2p port must be a TCP port, got " + p2pPort);
    }
    return problems;
  }

  /** Compose service (and directory) name of validator {@code index}, counted from 1. */
  public static String validatorName(int index) {
    return "validator" + index;
  }

  String validatorHost(int index) {
    return subnet + "." + (FIRST_VALIDATOR_HOST + index - 1);
  }

  String rpcNodeHost() {
    return subnet + "." + RPC_NODE_HOST;
  }
}

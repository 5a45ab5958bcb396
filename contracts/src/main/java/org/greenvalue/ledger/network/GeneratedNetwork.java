package org.greenvalue.ledger.network;

import java.nio.file.Path;
import java.util.List;

/**
 * A network the generator wrote.
 *
 * @param directory where its files are
 * @param spec what it was generated from
 * @param validators the validators' keys, {@code validator1} first
 * @param rpcNode the key of the node that serves the services' JSON-RPC
 * @param registry the account the services sign with
 */
public record GeneratedNetwork(
    Path directory, NetworkSpec spec, List<NodeKey> validators, NodeKey rpcNode, NodeKey registry) {

  /** Enode URLs of every node, validators first, as the node allowlist holds them. */
  public List<String> enodes() {
    List<String> enodes = new java.util.ArrayList<>(validatorEnodes());
    enodes.add(rpcNode.enode(spec.rpcNodeHost(), spec.p2pPort()));
    return List.copyOf(enodes);
  }

  /** Enode URLs of the validators: the bootnodes. */
  public List<String> validatorEnodes() {
    return java.util.stream.IntStream.range(0, validators.size())
        .mapToObj(i -> validators.get(i).enode(spec.validatorHost(i + 1), spec.p2pPort()))
        .toList();
  }
}

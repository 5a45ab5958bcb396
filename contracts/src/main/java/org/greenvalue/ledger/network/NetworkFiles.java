package org.greenvalue.ledger.network;

/** Names of the files the generator writes under its output directory ({@code network/}). */
public final class NetworkFiles {
  public static final String GENESIS = "genesis.json";
  public static final String PERMISSIONS = "permissions_config.toml";
  public static final String STATIC_NODES = "static-nodes.json";

  /** {@code BESU_BOOTNODES} for every node, read by compose as an {@code env_file}. */
  public static final String BESU_ENV = "besu.env";

  /** The registry's and verifier's ledger properties for services run on the host. */
  public static final String SERVICES_ENV = "services.env";

  /** The non-validating node that serves JSON-RPC to the services. */
  public static final String RPC_NODE = "rpcnode";

  /** The account the services sign with (holds every contract role once it deploys them). */
  public static final String REGISTRY_ACCOUNT = "registry";

  /** In each node's directory: its private key (Besu's {@code --node-private-key-file}). */
  public static final String KEY = "key";

  public static final String PUBLIC_KEY = "key.pub";
  public static final String ADDRESS = "address";

  private NetworkFiles() {}
}

package org.greenvalue.ledger.chain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

/**
 * A local EVM chain for tests and the demo: starts npm's {@code anvil} on a free loopback port,
 * waits until it answers JSON-RPC, and stops it (with its child processes) and removes its log on
 * {@link #close()} or when the JVM exits.
 */
public final class DevChain implements AutoCloseable {
  private static final int HARDENED = 0x8000_0000;
  private static final int PORT_ATTEMPTS = 3;

  private final Process process;
  private final URI rpcUrl;
  private final DevChainOptions options;
  private final List<DevAccount> accounts;
  private final DevRpc rpc;
  private final Path log;
  private final Thread shutdownHook;

  private DevChain(Process process, Path log, URI rpcUrl, DevChainOptions options) {
    this.process = process;
    this.log = log;
    this.rpcUrl = rpcUrl;
    this.options = options;
    this.accounts = deriveAccounts(options.mnemonic(), options.accounts());
    this.rpc = new DevRpc(rpcUrl);
    this.shutdownHook = new Thread(this::stopProcessTree, "dev-chain-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public static DevChain start() throws IOException {
    return start(DevChainOptions.defaults());
  }

  /**
   * Starts anvil and waits for it to answer.
   *
   * @throws IOException when it does not start or answer in time (its log is in the message)
   */
  public static DevChain start(DevChainOptions options) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      int port = freePort();
      Path log = Files.createTempFile("anvil-", ".log");
      Process process =
          new ProcessBuilder(command(options, port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URI url = URI.create("http://127.0.0.1:" + port);
      try {
        awaitReady(process, new DevRpc(url), options.startTimeout(), log);
        return new DevChain(process, log, url, options);
      } catch (IOException e) {
        stop(process, log);
        last = e;
      } catch (InterruptedException e) {
        stop(process, log);
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting anvil", e);
      }
    }
    throw last;
  }

  public URI rpcUrl() {
    return rpcUrl;
  }

  public long chainId() {
    return options.chainId();
  }

  /** The funded accounts, in mnemonic order (index 0 first). */
  public List<DevAccount> accounts() {
    return accounts;
  }

  /** Where anvil writes its output while it runs. */
  Path log() {
    return log;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Moves the chain's clock forward and mines a block at the new time. */
  public void increaseTime(Duration duration) throws IOException, InterruptedException {
    rpc.call("evm_increaseTime", "[" + duration.toSeconds() + "]");
    rpc.call("evm_mine", "[]");
  }

  @Override
  public void close() {
    stopProcessTree();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run; nothing left to do
    }
  }

  private void stopProcessTree() {
    stop(process, log);
  }

  /** Stops anvil and removes its log (a failed start has put the log's tail in its message). */
  private static void stop(Process process, Path log) {
    destroyTree(process);
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a log left in the temporary directory harms nothing
    }
  }

  static List<String> command(DevChainOptions options, int port) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of(options.anvil().toString(), "--host", "127.0.0.1"));
    command.addAll(List.of("--port", Integer.toString(port)));
    command.addAll(List.of("--mnemonic", options.mnemonic()));
    command.addAll(List.of("--accounts", Integer.toString(options.accounts())));
    command.addAll(List.of("--chain-id", Long.toString(options.chainId())));
    if (options.freeGas()) {
      command.addAll(List.of("--base-fee", "0", "--gas-price", "0", "--disable-min-priority-fee"));
    }
    if (options.blockTime() != null) {
      command.addAll(List.of("--block-time", seconds(options.blockTime())));
    } else if (!options.automine()) {
      command.add("--no-mining");
    }
    command.addAll(options.extraArgs());
    return command;
  }

  /** Seconds as anvil reads them: {@code 1}, {@code 0.2}. */
  static String seconds(Duration duration) {
    return java.math.BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString();
  }

  private static void awaitReady(Process process, DevRpc rpc, Duration timeout, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("anvil exited with " + process.exitValue() + ": " + tail(log));
      }
      try {
        rpc.call("eth_chainId", "[]");
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException("anvil did not answer within " + timeout + ": " + tail(log));
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log);
    return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
  }

  private static void destroyTree(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    tree.forEach(handle -> awaitExit(handle, true));
  }

  private static void awaitExit(ProcessHandle handle, boolean forceIfSlow) {
    try {
      handle.onExit().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      handle.destroyForcibly();
    } catch (ExecutionException | TimeoutException e) {
      handle.destroyForcibly();
      if (forceIfSlow) {
        awaitExit(handle, false);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static List<DevAccount> deriveAccounts(String mnemonic, int count) {
    Bip32ECKeyPair master =
        Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(mnemonic, ""));
    List<DevAccount> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] path = {44 | HARDENED, 60 | HARDENED, HARDENED, 0, i};
      Credentials credentials = Credentials.create(Bip32ECKeyPair.deriveKeyPair(master, path));
      String key =
          Numeric.toHexStringWithPrefixZeroPadded(credentials.getEcKeyPair().getPrivateKey(), 64);
      accounts.add(new DevAccount(i, credentials.getAddress(), key));
    }
    return List.copyOf(accounts);
  }
}

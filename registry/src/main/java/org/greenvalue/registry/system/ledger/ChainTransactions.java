package org.greenvalue.registry.system.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the node knows of a transaction sent earlier (by hash): mined (successful or reverted, with
 * block and block time), still waiting in the pool, or unknown; and which block it holds at a
 * height, and whether an address holds code. Read-only JSON-RPC; used to settle writes whose
 * receipt did not arrive in time and to tell whether the chain is still the one written to.
 */
public class ChainTransactions {
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  private final URI rpcUrl;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ChainTransactions(URI rpcUrl) {
    this.rpcUrl = rpcUrl;
  }

  /** A transaction's state on chain. */
  public sealed interface TxState {
    record Mined(boolean succeeded, long blockNumber, Instant blockTime) implements TxState {}

    record Waiting() implements TxState {}

    record Unknown() implements TxState {}
  }

  /**
   * @throws IOException when the node cannot be reached
   */
  public TxState find(String txHash) throws IOException, InterruptedException {
    JsonNode receipt = call("eth_getTransactionReceipt", "[\"" + txHash + "\"]");
    if (!receipt.isNull()) {
      String block = receipt.get("blockNumber").asText();
      JsonNode header = call("eth_getBlockByNumber", "[\"" + block + "\", false]");
      return new TxState.Mined(
          "0x1".equals(receipt.path("status").asText()),
          quantity(block).longValueExact(),
          Instant.ofEpochSecond(quantity(header.get("timestamp").asText()).longValueExact()));
    }
    JsonNode tx = call("eth_getTransactionByHash", "[\"" + txHash + "\"]");
    return tx.isNull() ? new TxState.Unknown() : new TxState.Waiting();
  }

  /**
   * The hash of the block at {@code number} on the node's chain; empty when the chain is shorter.
   *
   * @throws IOException when the node cannot be reached
   */
  public Optional<String> blockHash(long number) throws IOException, InterruptedException {
    if (number < 0) {
      throw new IllegalArgumentException("negative block number");
    }
    JsonNode header =
        send("eth_getBlockByNumber", "[\"0x" + Long.toHexString(number) + "\", false]");
    return header.isNull() ? Optional.empty() : Optional.of(header.get("hash").asText());
  }

  /**
   * Whether {@code address} holds contract code at the latest block.
   *
   * @throws IOException when the node cannot be reached
   */
  public boolean hasCode(String address) throws IOException, InterruptedException {
    if (address == null || !ADDRESS.matcher(address).matches()) {
      throw new IllegalArgumentException("not an address");
    }
    String code = send("eth_getCode", "[\"" + address + "\", \"latest\"]").asText();
    return code.length() > 2;
  }

  private JsonNode call(String method, String params) throws IOException, InterruptedException {
    if (!txHashSafe(params)) {
      throw new IllegalArgumentException("not a transaction hash");
    }
    return send(method, params);
  }

  private JsonNode send(String method, String params) throws IOException, InterruptedException {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    HttpRequest request =
        HttpRequest.newBuilder(rpcUrl)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    JsonNode answer =
        json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    if (answer == null || !answer.isObject()) {
      throw new IOException(method + " gave no JSON-RPC answer");
    }
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private static boolean txHashSafe(String params) {
    return params.matches("\\[\"0x[0-9a-fA-F]+\"(, false)?]");
  }

  private static BigInteger quantity(String hex) {
    return new BigInteger(hex.substring(2), 16);
  }
}

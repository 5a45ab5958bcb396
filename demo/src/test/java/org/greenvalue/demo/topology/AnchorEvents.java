package org.greenvalue.demo.topology;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Anchored(batchId, root, leafCount, …)} events of the AnchorRegistry contract, read
 * from the chain itself ({@code eth_getLogs}), so the test counts what was anchored on chain and
 * not only what the registry's database says.
 */
final class AnchorEvents {
  /** One anchored batch on chain. */
  record Batch(String batchId, String root, long leafCount) {}

  private static final String ANCHORED =
      org.web3j.crypto.Hash.sha3String("Anchored(bytes32,bytes32,uint32,address,uint64)");

  private AnchorEvents() {}

  static List<Batch> read(URI rpc, String contract) throws IOException {
    String request =
        """
        {"jsonrpc":"2.0","id":1,"method":"eth_getLogs",
         "params":[{"address":"%s","topics":["%s"],"fromBlock":"0x0","toBlock":"latest"}]}"""
            .formatted(contract, ANCHORED);
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(rpc)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(request))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    JsonNode logs = Api.JSON.readTree(response.body()).path("result");
    List<Batch> batches = new ArrayList<>();
    for (JsonNode log : logs) {
      JsonNode topics = log.get("topics");
      String data = log.get("data").asText().substring(2);
      batches.add(
          new Batch(
              topics.get(1).asText(),
              topics.get(2).asText(),
              new BigInteger(data.substring(0, 64), 16).longValueExact()));
    }
    return batches;
  }
}

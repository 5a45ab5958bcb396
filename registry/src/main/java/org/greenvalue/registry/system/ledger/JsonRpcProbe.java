package org.greenvalue.registry.system.ledger;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a node for its chain id and latest block: the ledger health check, nothing more. */
final class JsonRpcProbe {
  private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"");

  private final URI rpcUrl;
  private final HttpClient http;

  JsonRpcProbe(URI rpcUrl) {
    this.rpcUrl = rpcUrl;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  }

  BigInteger chainId() throws IOException, InterruptedException {
    return call("eth_chainId");
  }

  BigInteger blockNumber() throws IOException, InterruptedException {
    return call("eth_blockNumber");
  }

  private BigInteger call(String method) throws IOException, InterruptedException {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[]}";
    HttpRequest request =
        HttpRequest.newBuilder(rpcUrl)
            .timeout(Duration.ofSeconds(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = RESULT.matcher(answer);
    if (!m.find()) {
      throw new IOException(method + " gave no result");
    }
    return new BigInteger(m.group(1).substring(2), 16);
  }
}

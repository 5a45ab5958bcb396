package org.greenvalue.ledger.network;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * A QBFT genesis for Besu: London rules from block 0 (the contracts are compiled for Paris, which
 * needs nothing newer), a zero base fee so the network runs free of gas charges with {@code
 * --min-gas-price=0}, the validators in {@code extraData}, and the registry account funded.
 */
final class Genesis {
  /** The mix hash every BFT block carries ("ctical byzantine fault tolerance"). */
  static final String BFT_MIX_HASH =
      "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";

  static final String GAS_LIMIT = "0x1fffffffffffff";
  static final String FUNDING = "0x200000000000000000000000000000000000000000000000000000000000000";

  private Genesis() {}

  static JsonObject of(NetworkSpec spec, List<NodeKey> validators, List<String> fundedAccounts) {
    var alloc = Json.createObjectBuilder();
    fundedAccounts.forEach(
        account ->
            alloc.add(
                account.substring(2), Json.createObjectBuilder().add("balance", FUNDING).build()));
    return Json.createObjectBuilder()
        .add(
            "config",
            Json.createObjectBuilder()
                .add("chainId", spec.chainId())
                .add("berlinBlock", 0)
                .add("londonBlock", 0)
                .add("zeroBaseFee", true)
                .add(
                    "qbft",
                    Json.createObjectBuilder()
                        .add("blockperiodseconds", spec.blockPeriodSeconds())
                        .add("emptyblockperiodseconds", spec.emptyBlockPeriodSeconds())
                        .add("epochlength", spec.epochLength())
                        .add("requesttimeoutseconds", spec.requestTimeoutSeconds())))
        .add("nonce", "0x0")
        .add("timestamp", "0x0")
        .add("gasLimit", GAS_LIMIT)
        .add("difficulty", "0x1")
        .add("mixHash", BFT_MIX_HASH)
        .add("coinbase", "0x" + "0".repeat(40))
        .add("extraData", QbftExtraData.encode(validators.stream().map(NodeKey::address).toList()))
        .add("alloc", alloc)
        .build();
  }

  static String pretty(JsonObject json) {
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = factory.createWriter(out)) {
      writer.write(json);
    }
    return out.toString().strip() + "\n";
  }
}

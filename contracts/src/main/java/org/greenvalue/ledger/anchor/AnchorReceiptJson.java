package org.greenvalue.ledger.anchor;

import static org.greenvalue.evidence.manifest.JsonFields.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.greenvalue.ledger.Bytes32;

/**
 * Receipts as JSON, for storing beside a credential and handing to a verifier:
 *
 * <pre>{@code
 * {"type": "AnchorReceipt", "digest": "sha256:…", "batchId": "0x…", "root": "0x…",
 *  "proof": {"leafIndex": 3, "treeSize": 10, "siblings": ["0x…", …]},
 *  "chainId": 1337, "contract": "0x…", "txHash": "0x…", "blockNumber": 12,
 *  "blockTime": "2025-01-01T00:00:00Z"}
 * }</pre>
 */
public final class AnchorReceiptJson {
  static final String TYPE = "AnchorReceipt";

  private AnchorReceiptJson() {}

  public static String write(AnchorReceipt receipt) {
    JsonArrayBuilder siblings = JSON.createArrayBuilder();
    receipt.proof().siblings().forEach(s -> siblings.add(new Bytes32(s).toHex()));
    return JSON.createObjectBuilder()
        .add("type", TYPE)
        .add("digest", receipt.digest().toString())
        .add("batchId", receipt.batchId().toHex())
        .add("root", receipt.root().toHex())
        .add(
            "proof",
            JSON.createObjectBuilder()
                .add("leafIndex", receipt.proof().leafIndex())
                .add("treeSize", receipt.proof().treeSize())
                .add("siblings", siblings))
        .add("chainId", receipt.chainId())
        .add("contract", receipt.contract())
        .add("txHash", receipt.txHash())
        .add("blockNumber", receipt.blockNumber())
        .add("blockTime", receipt.blockTime().toString())
        .build()
        .toString();
  }

  /** Reads a receipt; any missing, mistyped or malformed field comes back as {@code Malformed}. */
  public static ReceiptParse read(String json) {
    JsonObject o;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      o = reader.readObject();
    } catch (RuntimeException e) {
      // Parsson's JsonException, and nesting beyond its depth limit as a plain RuntimeException
      return new ReceiptParse.Malformed("not a valid anchor receipt: " + e.getMessage());
    }
    try {
      if (!TYPE.equals(o.getString("type", null))) {
        return new ReceiptParse.Malformed("not an " + TYPE);
      }
      Sha256Digest digest;
      switch (DigestRead.read(o.getString("digest"))) {
        case DigestRead.Valid valid -> digest = valid.digest();
        case DigestError error -> {
          return new ReceiptParse.Malformed("digest: " + error.reason());
        }
      }
      JsonObject proof = o.getJsonObject("proof");
      List<byte[]> siblings = new ArrayList<>();
      for (JsonValue sibling : array(proof, "siblings")) {
        siblings.add(Bytes32.fromHex(((JsonString) sibling).getString()).bytes());
      }
      return new ReceiptParse.Parsed(
          new AnchorReceipt(
              digest,
              Bytes32.fromHex(o.getString("batchId")),
              Bytes32.fromHex(o.getString("root")),
              InclusionProof.of(
                  proof.getJsonNumber("leafIndex").longValueExact(),
                  proof.getJsonNumber("treeSize").longValueExact(),
                  siblings),
              o.getJsonNumber("chainId").longValueExact(),
              o.getString("contract"),
              o.getString("txHash"),
              o.getJsonNumber("blockNumber").longValueExact(),
              Instant.parse(o.getString("blockTime"))));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException
        | IllegalArgumentException e) {
      return new ReceiptParse.Malformed(
          "not a valid anchor receipt: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static JsonArray array(JsonObject object, String name) {
    JsonArray array = object.getJsonArray(name);
    if (array == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return array;
  }
}

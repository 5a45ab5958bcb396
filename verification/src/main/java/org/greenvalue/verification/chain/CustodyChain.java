package org.greenvalue.verification.chain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.DecimalText;

/**
 * The registry's answer to {@code GET /allocations/{id}/chain}, read into typed values (untrusted:
 * the rule checks every relation itself). Quantities are tCO2e, written as decimal strings or
 * numbers.
 *
 * @param allocation the allocation the path starts from
 * @param hops the allocation's lot first, then each parent, the minted root lot last
 */
public record CustodyChain(Allocation allocation, List<Hop> hops) {

  public CustodyChain {
    hops = List.copyOf(hops);
  }

  /** An allocation and the claims of downstream credentials on it. */
  public record Allocation(
      UUID id, UUID lotId, String owner, BigDecimal quantity, List<ClaimOn> claims) {
    public Allocation {
      claims = List.copyOf(claims);
    }

    /** The sum of every claim on it. */
    public BigDecimal claimed() {
      return claims.stream().map(ClaimOn::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** One downstream credential's claim on an allocation. */
  public record ClaimOn(String credentialId, BigDecimal quantity) {}

  /** A lot as the registry describes it. */
  public record Lot(
      UUID id,
      Optional<UUID> parentId,
      String owner,
      String credentialDigest,
      BigDecimal quantity) {}

  /** The transfer that created a lot, with the registry-signed record. */
  public record Transfer(
      UUID id,
      UUID lotId,
      UUID childLotId,
      String from,
      String to,
      BigDecimal quantity,
      String deliveryReference,
      Optional<JsonObject> record) {}

  /** What the root lot was minted from; the credentials as secured text. */
  public record Minted(
      String credentialDigest, String reductionCredential, Optional<String> assuranceCredential) {}

  /** One lot of the path with how it came to be. */
  public record Hop(Lot lot, Optional<Transfer> transfer, Optional<Minted> minted) {}

  /** Reads the chain; a failure names the first malformed member. */
  public static Result<CustodyChain> read(JsonObject json) {
    try {
      JsonObject a = object(json, "allocation");
      var claims = new ArrayList<ClaimOn>();
      if (a.get("claims") instanceof JsonArray list) {
        for (JsonValue c : list) {
          JsonObject claim = c.asJsonObject();
          claims.add(new ClaimOn(text(claim, "credentialId"), decimal(claim, "quantity")));
        }
      }
      var allocation =
          new Allocation(
              uuid(a, "id"), uuid(a, "lotId"), text(a, "owner"), decimal(a, "quantity"), claims);
      var hops = new ArrayList<Hop>();
      if (!(json.get("hops") instanceof JsonArray list)) {
        throw new Malformed("hops must be an array");
      }
      for (JsonValue h : list) {
        JsonObject hop = h.asJsonObject();
        JsonObject l = object(hop, "lot");
        var lot =
            new Lot(
                uuid(l, "id"),
                present(l, "parentId") ? Optional.of(uuid(l, "parentId")) : Optional.empty(),
                text(l, "owner"),
                text(l, "credentialDigest"),
                decimal(l, "quantity"));
        Optional<Transfer> transfer = Optional.empty();
        if (present(hop, "transfer")) {
          JsonObject t = object(hop, "transfer");
          transfer =
              Optional.of(
                  new Transfer(
                      uuid(t, "id"),
                      uuid(t, "lotId"),
                      uuid(t, "childLotId"),
                      text(t, "from"),
                      text(t, "to"),
                      decimal(t, "quantity"),
                      t.getString("deliveryReference", ""),
                      t.get("record") instanceof JsonObject r ? Optional.of(r) : Optional.empty()));
        }
        Optional<Minted> minted = Optional.empty();
        if (present(hop, "minted")) {
          JsonObject m = object(hop, "minted");
          minted =
              Optional.of(
                  new Minted(
                      text(m, "credentialDigest"),
                      secured(m, "reductionCredential")
                          .orElseThrow(() -> new Malformed("minted.reductionCredential missing")),
                      secured(m, "assuranceCredential")));
        }
        hops.add(new Hop(lot, transfer, minted));
      }
      return Result.success(new CustodyChain(allocation, hops));
    } catch (Malformed | ClassCastException e) {
      return Result.failure("malformed custody chain: " + e.getMessage());
    }
  }

  private static boolean present(JsonObject o, String member) {
    return o.containsKey(member) && o.get(member) != JsonValue.NULL;
  }

  private static JsonObject object(JsonObject o, String member) {
    if (!(o.get(member) instanceof JsonObject nested)) {
      throw new Malformed(member + " must be an object");
    }
    return nested;
  }

  private static String text(JsonObject o, String member) {
    if (!(o.get(member) instanceof JsonString s) || s.getString().isBlank()) {
      throw new Malformed(member + " must be a non-blank string");
    }
    return s.getString();
  }

  private static UUID uuid(JsonObject o, String member) {
    String t = text(o, member);
    String bare = t.startsWith("urn:uuid:") ? t.substring("urn:uuid:".length()) : t;
    try {
      return UUID.fromString(bare);
    } catch (IllegalArgumentException e) {
      throw new Malformed(member + " must be a uuid, was " + t);
    }
  }

  private static BigDecimal decimal(JsonObject o, String member) {
    JsonValue v = o.get(member);
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (v instanceof JsonString s) {
      return DecimalText.parse(s.getString())
          .orElseThrow(() -> new Malformed(member + " must be a decimal"));
    }
    throw new Malformed(member + " must be a decimal");
  }

  /** A credential as minted: a compact JWS string or a JSON object (written back as text). */
  private static Optional<String> secured(JsonObject o, String member) {
    JsonValue v = o.get(member);
    if (v instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (v instanceof JsonObject credential) {
      return Optional.of(JsonDocuments.write(credential));
    }
    return Optional.empty();
  }

  private static final class Malformed extends RuntimeException {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}

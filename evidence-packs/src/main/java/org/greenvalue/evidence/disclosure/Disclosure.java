package org.greenvalue.evidence.disclosure;

import static org.greenvalue.evidence.manifest.JsonFields.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.greenvalue.common.digest.Sha256Digest;

/**
 * The {@code disclosure.json} of a selectively disclosed pack: which pack and root the files come
 * from, and for each disclosed file its entry and inclusion proof. Undisclosed files appear only as
 * salted sibling hashes inside proofs.
 *
 * @param packId id of the full pack
 * @param subject what the full pack supports
 * @param merkleRoot root of the full pack
 * @param leafCount number of files in the full pack
 * @param manifestDigest digest of the full pack's manifest, as stated by the discloser
 * @param disclosed disclosed entries in leaf order
 */
public record Disclosure(
    String packId,
    String subject,
    Sha256Digest merkleRoot,
    long leafCount,
    Sha256Digest manifestDigest,
    List<DisclosedEntry> disclosed) {
  public static final String FILE_NAME = "disclosure.json";

  public Disclosure {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(merkleRoot, "merkleRoot");
    Objects.requireNonNull(manifestDigest, "manifestDigest");
    disclosed = List.copyOf(disclosed);
  }

  public JsonObject toJson() {
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    for (DisclosedEntry d : disclosed) {
      JsonArrayBuilder proof = JSON.createArrayBuilder();
      d.proof().siblings().forEach(s -> proof.add(HexFormat.of().formatHex(s)));
      entries.add(
          JSON.createObjectBuilder()
              .add("entry", d.entry().toJson())
              .add("leafIndex", d.leafIndex())
              .add("proof", proof));
    }
    return JSON.createObjectBuilder()
        .add("packId", packId)
        .add("subject", subject)
        .add("merkleRoot", merkleRoot.hex())
        .add("leafCount", leafCount)
        .add("manifestDigest", manifestDigest.toString())
        .add("disclosed", entries)
        .build();
  }
}

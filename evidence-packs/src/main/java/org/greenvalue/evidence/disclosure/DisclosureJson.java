package org.greenvalue.evidence.disclosure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.manifest.CanonicalJson;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.manifest.FileEntryJson;
import org.greenvalue.evidence.manifest.JsonFields;
import org.greenvalue.evidence.manifest.PathCollisions;
import org.greenvalue.evidence.merkle.InclusionProof;

/** Writes {@code disclosure.json} in JCS form and reads it back strictly. */
public final class DisclosureJson {
  private static final Set<String> KEYS =
      Set.of("packId", "subject", "merkleRoot", "leafCount", "manifestDigest", "disclosed");
  private static final Set<String> DISCLOSED_KEYS = Set.of("entry", "leafIndex", "proof");
  private static final int MAX_PROOF_LENGTH = 64;

  private DisclosureJson() {}

  public static byte[] write(Disclosure disclosure) {
    return CanonicalJson.bytes(disclosure.toJson());
  }

  public static Result<Disclosure> parse(byte[] json) {
    return JsonFields.parseObject(json, "disclosure").flatMap(DisclosureJson::read);
  }

  private static Result<Disclosure> read(JsonObject object) {
    List<String> problems = new ArrayList<>();
    JsonFields fields = JsonFields.of(object, "disclosure", KEYS, problems);
    String packId = fields.string("packId");
    String subject = fields.string("subject");
    String root = fields.string("merkleRoot");
    long leafCount = fields.nonNegativeLong("leafCount");
    String digest = fields.string("manifestDigest");
    JsonArray disclosed = fields.array("disclosed");
    Sha256Digest merkleRoot =
        root == null ? null : fields.check("merkleRoot", Sha256Digest.parseLenient(root));
    Sha256Digest manifestDigest =
        digest == null ? null : fields.check("manifestDigest", prefixedDigest(digest));
    if (leafCount == 0) {
      problems.add("disclosure: leafCount must be at least 1");
    }
    List<DisclosedEntry> entries = new ArrayList<>();
    if (disclosed != null) {
      for (int i = 0; i < disclosed.size(); i++) {
        readEntry(disclosed.get(i), "disclosed[" + i + "]", leafCount, problems)
            .ifPresent(entries::add);
      }
      checkOrderAndUniqueness(entries, problems);
      if (disclosed.isEmpty()) {
        problems.add("disclosure: disclosed must list at least one file");
      }
    }
    if (!problems.isEmpty()) {
      return Result.failure(JsonFields.describe(problems));
    }
    return Result.success(
        new Disclosure(packId, subject, merkleRoot, leafCount, manifestDigest, entries));
  }

  private static Optional<DisclosedEntry> readEntry(
      JsonValue value, String what, long leafCount, List<String> problems) {
    int before = problems.size();
    JsonFields fields = JsonFields.of(value, what, DISCLOSED_KEYS, problems);
    FileEntry entry =
        value instanceof JsonObject o
            ? FileEntryJson.read(o.get("entry"), what + ".entry", problems)
            : null;
    long leafIndex = fields.nonNegativeLong("leafIndex");
    JsonArray proof = fields.array("proof");
    List<byte[]> siblings = new ArrayList<>();
    if (proof != null) {
      if (proof.size() > MAX_PROOF_LENGTH) {
        problems.add(what + ": proof longer than " + MAX_PROOF_LENGTH + " hashes");
      }
      for (JsonValue sibling : proof) {
        Result<Sha256Digest> hash =
            sibling instanceof JsonString s
                ? Sha256Digest.parseLenient(s.getString())
                : Result.failure("not a string");
        Sha256Digest parsed = fields.check("proof", hash);
        if (parsed != null) {
          siblings.add(parsed.bytes());
        }
      }
    }
    if (leafCount >= 1 && leafIndex >= leafCount) {
      problems.add(what + ": leafIndex " + leafIndex + " is outside a tree of " + leafCount);
    }
    if (problems.size() > before || entry == null || leafCount < 1) {
      return Optional.empty();
    }
    return Optional.of(
        new DisclosedEntry(entry, InclusionProof.of(leafIndex, leafCount, siblings)));
  }

  private static void checkOrderAndUniqueness(List<DisclosedEntry> entries, List<String> problems) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).leafIndex() <= entries.get(i - 1).leafIndex()) {
        problems.add("disclosure: entries must be in increasing leafIndex order without repeats");
        break;
      }
    }
    problems.addAll(
        PathCollisions.find(entries.stream().map(e -> e.entry().path().value()).toList()));
  }

  private static Result<Sha256Digest> prefixedDigest(String text) {
    return text.startsWith("sha256:")
        ? Sha256Digest.parseLenient(text)
        : Result.failure("expected sha256:<hex>");
  }
}

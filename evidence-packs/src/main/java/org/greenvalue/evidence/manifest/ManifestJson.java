package org.greenvalue.evidence.manifest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;

/**
 * Writes {@code manifest.json} in JCS canonical form and reads it back strictly: exact fields,
 * {@code sha-256} only, entries sorted and free of collisions, values in canonical form so that
 * what was read re-serialises to the very bytes that were hashed.
 */
public final class ManifestJson {
  private static final Set<String> KEYS =
      Set.of("packId", "subject", "createdAt", "hashAlgorithm", "files", "merkleRoot");
  private static final Pattern URN_UUID =
      Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private ManifestJson() {}

  public static byte[] write(Manifest manifest) {
    return CanonicalJson.bytes(manifest.toJson());
  }

  public static Result<Manifest> parse(byte[] json) {
    return JsonFields.parseObject(json, "manifest").flatMap(ManifestJson::read);
  }

  static Result<Manifest> read(JsonObject object) {
    List<String> problems = new ArrayList<>();
    JsonFields fields = JsonFields.of(object, "manifest", KEYS, problems);
    String packId = fields.string("packId");
    String subject = fields.string("subject");
    String createdAt = fields.string("createdAt");
    String algorithm = fields.string("hashAlgorithm");
    String root = fields.string("merkleRoot");
    var files = fields.array("files");
    if (packId != null && !URN_UUID.matcher(packId).matches()) {
      problems.add("manifest: packId must be a lowercase urn:uuid");
    }
    if (subject != null && subject.isBlank()) {
      problems.add("manifest: subject must not be blank");
    }
    if (algorithm != null && !algorithm.equals(Manifest.HASH_ALGORITHM)) {
      problems.add("manifest: unsupported hashAlgorithm '" + algorithm + "'");
    }
    Instant created = createdAt == null ? null : fields.check("createdAt", instant(createdAt));
    Sha256Digest merkleRoot =
        root == null ? null : fields.check("merkleRoot", Sha256Digest.parseLenient(root));
    List<FileEntry> entries = files == null ? List.of() : entries(files, problems);
    if (files != null && files.isEmpty()) {
      problems.add("manifest: files must list at least one file");
    }
    if (!problems.isEmpty()) {
      return Result.failure(JsonFields.describe(problems));
    }
    return Result.success(new Manifest(packId, subject, created, entries, merkleRoot));
  }

  private static List<FileEntry> entries(List<JsonValue> files, List<String> problems) {
    List<FileEntry> entries = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      FileEntry entry = FileEntryJson.read(files.get(i), "files[" + i + "]", problems);
      if (entry != null) {
        if (!entries.isEmpty() && entries.getLast().path().compareTo(entry.path()) >= 0) {
          problems.add("files[" + i + "]: entries must be sorted by path without repeats");
        }
        entries.add(entry);
      }
    }
    problems.addAll(PathCollisions.find(entries.stream().map(e -> e.path().value()).toList()));
    return entries;
  }

  private static Result<Instant> instant(String text) {
    try {
      Instant instant = Instant.parse(text);
      return instant.toString().equals(text)
          ? Result.success(instant)
          : Result.failure("not in canonical ISO-8601 form (expected " + instant + ")");
    } catch (DateTimeParseException e) {
      return Result.failure("not an ISO-8601 instant");
    }
  }
}

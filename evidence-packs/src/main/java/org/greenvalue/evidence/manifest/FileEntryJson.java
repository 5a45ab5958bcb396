package org.greenvalue.evidence.manifest;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;

/** Reads a file entry object ({@code path, mediaType, size, sha256, salt}) strictly. */
public final class FileEntryJson {
  private static final Set<String> KEYS = Set.of("path", "mediaType", "size", "sha256", "salt");

  private FileEntryJson() {}

  /** The entry, or null with every problem added to {@code problems}. */
  public static FileEntry read(JsonValue value, String what, List<String> problems) {
    int before = problems.size();
    JsonFields fields = JsonFields.of(value, what, KEYS, problems);
    String path = fields.string("path");
    String mediaType = fields.string("mediaType");
    long size = fields.nonNegativeLong("size");
    String sha256 = fields.string("sha256");
    String salt = fields.string("salt");
    PackPath packPath = path == null ? null : fields.check("path", PackPath.parse(path));
    MediaType type =
        mediaType == null ? null : fields.check("mediaType", MediaType.parse(mediaType));
    Sha256Digest digest = sha256 == null ? null : fields.check("sha256", hexDigest(sha256));
    Salt parsedSalt = salt == null ? null : fields.check("salt", Salt.parse(salt));
    if (problems.size() > before) {
      return null;
    }
    return new FileEntry(packPath, type, size, digest, parsedSalt);
  }

  private static Result<Sha256Digest> hexDigest(String text) {
    return text.startsWith("sha256:")
        ? Result.failure("expected bare lowercase hex")
        : Sha256Digest.parseLenient(text);
  }
}

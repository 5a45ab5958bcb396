package org.greenvalue.evidence.manifest;

import com.apicatalog.jcs.Jcs;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.hash.FileHasher;

/** The RFC 8785 (JCS) canonical form of JSON values, the only form this format ever hashes. */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static byte[] bytes(JsonValue value) {
    return Jcs.canonize(value).getBytes(StandardCharsets.UTF_8);
  }

  public static Sha256Digest sha256(JsonValue value) {
    return Sha256Digest.fromBytes(FileHasher.newSha256().digest(bytes(value)));
  }
}

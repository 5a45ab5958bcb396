package org.greenvalue.registry.dids;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.dataintegrity.JcsCanonicalization;

/**
 * The digest a DID document version is anchored by: SHA-256 over the JCS form of {@code {"did",
 * "version", "validFrom", "document", "change": {"kind", "keyId"?, "compromisedAt"?}}}, so a
 * version's place in the history and its change are bound to the anchor, not only the document.
 */
final class VersionDigest {

  private VersionDigest() {}

  static Result<Sha256Digest> of(
      String did,
      int version,
      Instant validFrom,
      JsonObject document,
      ChangeKind kind,
      Optional<String> keyId,
      Optional<Instant> compromisedAt) {
    var change = JSON.createObjectBuilder().add("kind", kind.name());
    keyId.ifPresent(k -> change.add("keyId", k));
    compromisedAt.ifPresent(c -> change.add("compromisedAt", c.toString()));
    JsonObject form =
        JSON.createObjectBuilder()
            .add("did", did)
            .add("version", version)
            .add("validFrom", validFrom.toString())
            .add("document", document)
            .add("change", change)
            .build();
    return new JcsCanonicalization().canonicalize(form).map(Sha256Digest::ofUtf8);
  }
}

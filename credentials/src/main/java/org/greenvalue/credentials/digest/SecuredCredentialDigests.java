package org.greenvalue.credentials.digest;

import com.apicatalog.jcs.JsonCanonicalizer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.jose.CompactSerialization;

/**
 * The digest by which one credential names another (an assurance statement names the claim it
 * assures; a retirement certificate names its source ΔCO2 credential; the anchoring batch commits
 * to it).
 *
 * <p>Definition: the digest is SHA-256 over the exact bytes of the <em>secured</em> credential as
 * it is exchanged, so that anyone holding the credential recomputes the same value without choosing
 * a serialisation:
 *
 * <ul>
 *   <li>VC-JOSE ({@code application/vc+jwt}): the ASCII bytes of the compact JWS ({@code
 *       header.payload.signature}), with no surrounding whitespace;
 *   <li>Data Integrity (a JSON credential with an embedded {@code proof}): the UTF-8 bytes of the
 *       RFC 8785 (JCS) canonical form of the whole credential, {@code proof} included.
 * </ul>
 *
 * <p>Either way the result is written {@code sha256:<64 lowercase hex>}. Including the signature or
 * proof means a re-signed credential gets a new digest, which is intended: the digest names one
 * issued artefact, not its claims.
 */
public final class SecuredCredentialDigests {

  private SecuredCredentialDigests() {}

  /** The digest of a compact JWS (a {@code vc+jwt}); refuses anything that is not one. */
  public static Result<Sha256Digest> ofCompactJws(String compactJws) {
    if (!CompactSerialization.isCompact(compactJws, true)) {
      return Result.failure("not a compact JWS (three base64url segments separated by dots)");
    }
    return Result.success(Sha256Digest.of(compactJws.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The digest of a JSON credential secured with an embedded Data Integrity proof. */
  public static Result<Sha256Digest> ofSecuredJson(JsonObject credential) {
    Objects.requireNonNull(credential, "credential");
    if (!credential.containsKey("proof")) {
      return Result.failure("credential has no embedded proof; digest the secured form");
    }
    return Result.success(Sha256Digest.ofUtf8(JsonCanonicalizer.canonize(credential)));
  }
}

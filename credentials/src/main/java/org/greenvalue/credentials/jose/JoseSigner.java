package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.EnvelopedVerifiableCredential;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;

/**
 * Secures credentials and presentations as JWS compact serializations per VC-JOSE-COSE §3.1: the
 * payload is the document itself (no {@code vc}/{@code vp} claim), the protected header is {@code
 * {"alg", "typ": "vc+jwt"|"vp+jwt", "cty": "vc"|"vp", "kid": <DID URL of the method>, "iss":
 * <issuer or holder id>}} ({@code iss} replicated into the header per RFC 7519 §5.3, so the payload
 * stays exactly the document; omitted for a presentation without holder).
 */
public final class JoseSigner {

  private final KeyJwsSigner signer;
  private final JWSAlgorithm algorithm;
  private final String verificationMethod;

  /**
   * @param key the private key
   * @param verificationMethod the DID URL of the key's verification method, written as {@code kid}
   */
  public JoseSigner(SigningKey key, String verificationMethod) {
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    if (!verificationMethod.startsWith("did:") || !verificationMethod.contains("#")) {
      throw new IllegalArgumentException(
          "verificationMethod must be a DID URL with a fragment: " + verificationMethod);
    }
    this.signer = new KeyJwsSigner(key);
    this.algorithm = JWSAlgorithm.parse(key.type().jwsAlgorithm());
    this.verificationMethod = verificationMethod;
  }

  /** The credential as an {@code application/vc+jwt} compact JWS. */
  public Result<String> secure(VerifiableCredential credential) {
    Optional<String> issuer = credential.issuerId();
    if (issuer.isEmpty()) {
      return Result.failure("a credential needs an issuer to be secured");
    }
    return sign(JwtProfile.CREDENTIAL, credential.json(), issuer);
  }

  /** The presentation as an {@code application/vp+jwt} compact JWS. */
  public Result<String> secure(VerifiablePresentation presentation) {
    return sign(JwtProfile.PRESENTATION, presentation.json(), presentation.holderId());
  }

  /** The credential secured and wrapped for a presentation's {@code verifiableCredential}. */
  public Result<EnvelopedVerifiableCredential> envelope(VerifiableCredential credential) {
    return secure(credential)
        .map(jwt -> new EnvelopedVerifiableCredential(JwtProfile.CREDENTIAL.mediaType(), jwt));
  }

  private Result<String> sign(JwtProfile profile, JsonObject document, Optional<String> party) {
    if (document.containsKey("vc") || document.containsKey("vp")) {
      return Result.failure("the JWT claims vc and vp must not be present (VC-JOSE-COSE §3.1.3)");
    }
    var header =
        new JWSHeader.Builder(algorithm)
            .type(new JOSEObjectType(profile.typ()))
            .contentType(profile.cty())
            .keyID(verificationMethod);
    party.ifPresent(id -> header.customParam("iss", id));
    var jws = new JWSObject(header.build(), new Payload(JsonDocuments.write(document)));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      return Result.failure("signing failed: " + e.getMessage());
    }
    return Result.success(jws.serialize());
  }
}

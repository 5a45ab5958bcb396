package org.greenvalue.credentials.securing;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.Cryptosuites;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdBaseSigner;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.CredentialShapeRules;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.SubjectRules;

/**
 * Secures a credential in any {@link SecuringFormat} after checking it: a credential that breaks
 * the data model or its subject's rules (e.g. a reduction that is not baseline − project) is
 * refused, never signed.
 *
 * @param key the issuer's signing key
 * @param verificationMethod the DID URL of the key, authorised for assertionMethod
 * @param clock the time stamped into Data Integrity proofs
 */
public record CredentialSigner(SigningKey key, String verificationMethod, Clock clock) {

  public CredentialSigner {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * The secured credential: a compact JWS for vc+jwt, otherwise JSON with a proof. An ecdsa-sd-2023
   * base proof makes only the {@link SelectiveDisclosure#defaultPointers default} fields mandatory.
   */
  public Result<String> sign(JsonObject credential, SecuringFormat format) {
    return sign(credential, format, List.of());
  }

  /**
   * As {@link #sign(JsonObject, SecuringFormat)}; for ecdsa-sd-2023, {@code mandatoryPointers}
   * (JSON pointers) name what every disclosure must reveal, besides the defaults. Other formats
   * refuse pointers.
   */
  public Result<String> sign(
      JsonObject credential, SecuringFormat format, List<String> mandatoryPointers) {
    if (format != SecuringFormat.ECDSA_SD_2023 && !mandatoryPointers.isEmpty()) {
      return Result.failure("mandatory pointers apply to ecdsa-sd-2023 only");
    }
    if (!format.accepts(key.type())) {
      return Result.failure(format.label() + " cannot be signed with a " + key.type() + " key");
    }
    var vc = VerifiableCredential.of(credential);
    var issuer = vc.issuerId();
    if (issuer.isPresent() && !verificationMethod.startsWith(issuer.get() + "#")) {
      return Result.failure(
          "issuer " + issuer.get() + " does not control verification method " + verificationMethod);
    }
    VerificationReport checks = CredentialShapeRules.check(vc).and(SubjectRules.check(vc));
    if (!checks.failures().isEmpty()) {
      return Result.failure(
          "refused to sign: "
              + checks.failures().stream()
                  .map(c -> c.name() + ": " + c.reason())
                  .collect(Collectors.joining("; ")));
    }
    if (format == SecuringFormat.VC_JWT) {
      if (vc.dataModel().orElse(null) == DataModelVersion.V1_1) {
        return Result.failure(
            "vc+jwt (VC-JOSE-COSE) secures VC Data Model 2.0 credentials only; issue a 1.1"
                + " credential with a Data Integrity suite");
      }
      return new JoseSigner(key, verificationMethod).secure(vc);
    }
    if (format == SecuringFormat.ECDSA_SD_2023) {
      return new EcdsaSdBaseSigner(key, verificationMethod, clock)
          .sign(credential, SelectiveDisclosure.mandatory(credential, mandatoryPointers))
          .map(JsonDocuments::write);
    }
    var suite = Cryptosuites.standard().find(format.label()).orElseThrow();
    return DataIntegrity.signer(suite, key, ProofOptions.assertion(verificationMethod), clock)
        .flatMap(signer -> signer.sign(credential))
        .map(JsonDocuments::write);
  }
}

package org.greenvalue.registry.greenvalue;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.retirement.RetirementCertificate;
import org.greenvalue.registry.keys.RegistryKeys;
import org.springframework.stereotype.Component;

/**
 * Signs the RetirementCertificateCredential of a retirement with the registry's key ({@code
 * eddsa-rdfc-2022}, like the status lists): lot, quantity, beneficiary, purpose, the block time of
 * the retirement, the digest of the ΔCO2 credential the lot came from and the retiring organisation
 * (the lot's owner).
 */
@Component
class RetirementCertificates {
  private final RegistryKeys keys;

  RetirementCertificates(RegistryKeys keys) {
    this.keys = keys;
  }

  String sign(
      UUID retirementId,
      UUID lotId,
      BigInteger grams,
      String beneficiary,
      String purpose,
      Instant retiredAt,
      String sourceCredential,
      String retiredBy) {
    RetirementCertificate subject =
        new RetirementCertificate(
            "urn:uuid:" + lotId,
            Tonnes.ofGrams(grams),
            beneficiary,
            Optional.empty(),
            purpose,
            retiredAt,
            Sha256Digest.parse(sourceCredential).orElseThrow(),
            Optional.of(retiredBy));
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .id("urn:uuid:" + retirementId)
            .type(SubjectKind.RETIREMENT_CERTIFICATE.credentialType())
            .issuer(keys.did())
            .validFrom(retiredAt)
            .credentialSubject(subject.toJson())
            .build()
            .json();
    return keys.signer()
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow(
            reason -> new IllegalStateException("cannot sign retirement certificate: " + reason));
  }
}

package org.greenvalue.registry.greenvalue;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
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
 * eddsa-rdfc-2022}, like the status lists): lot, quantity, beneficiary, purpose, reason and claim
 * period, the block time of the retirement, the digest of the ΔCO2 credential the lot came from,
 * the retiring organisation (the lot's owner) and, for an allocation, its id and custody path.
 */
@Component
class RetirementCertificates {
  private final RegistryKeys keys;

  RetirementCertificates(RegistryKeys keys) {
    this.keys = keys;
  }

  /**
   * @param allocationId the allocation retired, or null for a lot
   * @param custodyPath the lot ids from the retired lot to the minted root
   */
  String sign(
      UUID retirementId,
      UUID lotId,
      UUID allocationId,
      List<UUID> custodyPath,
      BigInteger grams,
      RetirementTerms terms,
      Instant retiredAt,
      String sourceCredential,
      String retiredBy) {
    // The certificate always states a purpose: the free text when given, else the reason code.
    String purpose = terms.purpose() == null ? terms.reason().name() : terms.purpose();
    RetirementCertificate certificate =
        new RetirementCertificate(
            "urn:uuid:" + lotId,
            Tonnes.ofGrams(grams),
            terms.beneficiary(),
            Optional.empty(),
            purpose,
            retiredAt,
            Sha256Digest.parse(sourceCredential).orElseThrow(),
            Optional.of(retiredBy));
    JsonObjectBuilder subject =
        JSON.createObjectBuilder(certificate.toJson())
            .add("reason", terms.reason().name())
            .add(
                "claimPeriod",
                JSON.createObjectBuilder()
                    .add("start", terms.claimPeriod().start().toString())
                    .add("end", terms.claimPeriod().end().toString()));
    if (allocationId != null) {
      var path = JSON.createArrayBuilder();
      custodyPath.forEach(lot -> path.add("urn:uuid:" + lot));
      subject.add("allocationId", "urn:uuid:" + allocationId).add("custodyPath", path);
    }
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .context(CustodyTerms.UNDEFINED_TERMS_CONTEXT)
            .id("urn:uuid:" + retirementId)
            .type(SubjectKind.RETIREMENT_CERTIFICATE.credentialType())
            .issuer(keys.did())
            .validFrom(retiredAt)
            .credentialSubject(subject.build())
            .build()
            .json();
    return keys.signer()
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow(
            reason -> new IllegalStateException("cannot sign retirement certificate: " + reason));
  }
}
